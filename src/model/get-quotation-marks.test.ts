import { describe, expect, it } from 'vitest';
import { getQuotationMarks } from './get-quotation-marks';

const quote = (language: string, words: string) => {
  const { open, close } = getQuotationMarks(language);
  return `${open}${words}${close}`;
};

describe('getQuotationMarks', () => {
  it.each([
    ['en', '“ceasefire”'],
    ['en-GB', '“ceasefire”'],
    ['de', '„Waffenruhe“'],
    ['de-CH', '«Waffenruhe»'],
    ['ru', '«перемирие»'],
    ['uk', '«перемир’я»'],
    ['pl', '„rozejm”'],
    ['sv', '”vapenvila”'],
    ['ja', '「停戦」'],
    ['zh-Hant-TW', '「停火」'],
    ['pt-BR', '“cessar-fogo”'],
    ['pt-PT', '«cessar-fogo»'],
  ])('sets a quotation off as %s text does', (language, expected) => {
    const words = expected.slice(1, -1);
    expect(quote(language, words)).toBe(expected);
  });

  it('sets French guillemets off with narrow no-break spaces', () => {
    expect(quote('fr', 'cessez-le-feu')).toBe('«\u202Fcessez-le-feu\u202F»');
  });

  it('reads the tag in any case', () => {
    expect(getQuotationMarks('DE')).toEqual(getQuotationMarks('de'));
  });

  it('falls back to English marks for a language it does not list, whatever the tag spells', () => {
    for (const language of ['xx', 'tlh', 'constructor', 'toString', '__proto__', '']) expect(getQuotationMarks(language)).toEqual({ open: '“', close: '”' });
  });
});
