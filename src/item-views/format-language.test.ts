import { describe, expect, it } from 'vitest';
import { formatLanguage } from './format-language.ts';

describe('formatLanguage', () => {
  it('names a language from its BCP 47 tag in English', () => {
    expect(formatLanguage('ru')).toBe('Russian');
    expect(formatLanguage('uk')).toBe('Ukrainian');
  });

  it('falls back to the tag when it is malformed', () => {
    expect(formatLanguage('not a tag!')).toBe('not a tag!');
  });
});
