import { describe, expect, it } from 'vitest';
import { DEFAULT_APP_PARAMS, parseAppParams } from './parse-app-params.ts';

describe('parseAppParams', () => {
  it('gives the defaults for a plain page', () => {
    expect(parseAppParams('')).toEqual({ params: DEFAULT_APP_PARAMS, notices: [] });
    expect(parseAppParams('?event=x&from=2025').params).toEqual(DEFAULT_APP_PARAMS);
  });

  it('reads embed, theme, model and origins', () => {
    expect(parseAppParams('?embed=1&theme=dark&model=./models/talks.json&origins=https://news.example,http://localhost:5173'))
      .toEqual({
        params: { embed: true, theme: 'dark', model: './models/talks.json', origins: ['https://news.example', 'http://localhost:5173'] },
        notices: [],
      });
    expect(parseAppParams('model=https%3A%2F%2Fdata.example%2Fm.json').params.model).toBe('https://data.example/m.json');
  });

  it.each([
    ['embed=yes', { ...DEFAULT_APP_PARAMS }, 'The link\'s "embed" value "yes" isn\'t 1 or 0; showing the full page.'],
    ['theme=sepia', { ...DEFAULT_APP_PARAMS }, 'The link asked for theme "sepia"; following the system setting.'],
    ['model=javascript:alert(1)', { ...DEFAULT_APP_PARAMS },
      'The link\'s model address "javascript:alert(1)" isn\'t a web address; showing the built-in model.'],
    ['origins=https://ok.example,*,https://x.example/path', { ...DEFAULT_APP_PARAMS, origins: ['https://ok.example'] },
      'The link\'s "origins" had values that aren\'t origins like https://example.org ("*", "https://x.example/path"); ignoring them.'],
  ])('falls back to defaults for %s, with a notice', (search, params, notice) => {
    expect(parseAppParams(search)).toEqual({ params, notices: [notice] });
  });
});
