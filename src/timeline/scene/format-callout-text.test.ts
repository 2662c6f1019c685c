import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getQuotationMarks } from '../../model/get-quotation-marks';
import { formatCalloutText, MIN_CALLOUT_WORDS } from './format-callout-text';

const EN = getQuotationMarks('en');
const FR = getQuotationMarks('fr');
const PUTIN = 'These 30 days – how will they be used? To continue forced mobilization in Ukraine?';
const length = (text: string) => Array.from(text).length;
/** No half of a surrogate pair on its own. */
const isWellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u.test(text);

describe('formatCalloutText', () => {
  it('sets a verbatim quote that fits between the quotation marks', () => {
    expect(formatCalloutText('The ball is now in their court.', true, EN, 60)).toBe('“The ball is now in their court.”');
  });

  it('leaves a paraphrase without quotation marks', () => {
    expect(formatCalloutText('Putin said Moscow is open to a ceasefire.', false, EN, 60)).toBe('Putin said Moscow is open to a ceasefire.');
  });

  it('cuts a long quote after a whole word, the ellipsis inside the closing mark', () => {
    expect(formatCalloutText(PUTIN, true, EN, 42)).toBe('“These 30 days – how will they be used?…”');
    expect(formatCalloutText(PUTIN, true, EN, 30)).toBe('“These 30 days – how will…”');
  });

  it('drops a dash or comma left dangling before the ellipsis', () => {
    expect(formatCalloutText(PUTIN, true, EN, 18)).toBe('“These 30 days…”');
  });

  it('cuts within a word only when the first words alone leave most of the room empty', () => {
    expect(formatCalloutText('Unprecedentedly-long-compound words follow', true, EN, 16)).toBe('“Unprecedented…”');
  });

  it('uses the marks of the model language, which may be more than one character', () => {
    expect(formatCalloutText('Nous sommes prêts.', true, FR, 30)).toBe('«\u202FNous sommes prêts.\u202F»');
    expect(formatCalloutText('Nous sommes prêts à discuter.', true, FR, 20)).toBe('«\u202FNous sommes…\u202F»');
  });

  it('reads runs of white space as one space', () => {
    expect(formatCalloutText('  No\n\nthreat   of\tencirclement ', true, EN, 40)).toBe('“No threat of encirclement”');
  });

  it('makes no callout when fewer than a few characters of words fit', () => {
    expect(formatCalloutText(PUTIN, true, EN, MIN_CALLOUT_WORDS + 1)).toBe('');
    expect(formatCalloutText(PUTIN, false, EN, MIN_CALLOUT_WORDS - 1)).toBe('');
    expect(formatCalloutText(' \n ', true, EN, 40)).toBe('');
  });

  it('never splits a character made of two UTF-16 units', () => {
    const text = formatCalloutText('𝔄𝔅𝔆𝔇𝔈𝔉𝔊𝔋𝔌𝔍𝔎𝔏𝔐𝔑𝔒𝔓𝔔', true, EN, 16);
    expect(text).toBe('“𝔄𝔅𝔆𝔇𝔈𝔉𝔊𝔋𝔌𝔍𝔎𝔏𝔐…”');
    expect(isWellFormed(text)).toBe(true);
  });

  it('fits any text in its characters and shows only its opening words', () => {
    const text = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 120 }), fc.array(fc.constantFrom('word', 'a', 'ceasefire,', '–', ' ', '\n', '…', 'Unprecedentedly'), { maxLength: 80 }).map((w) => w.join(' ')));
    fc.assert(
      fc.property(text, fc.boolean(), fc.constantFrom('en', 'fr', 'de', 'ja'), fc.integer({ min: 0, max: 60 }), (words, verbatim, language, chars) => {
        const marks = getQuotationMarks(language);
        const callout = formatCalloutText(words, verbatim, marks, chars);
        if (callout === '') return;
        expect(length(callout)).toBeLessThanOrEqual(chars);
        expect(isWellFormed(callout)).toBe(true);
        const open = verbatim ? marks.open : '';
        const close = verbatim ? marks.close : '';
        expect(callout.startsWith(open) && callout.endsWith(close)).toBe(true);
        const inner = callout.slice(open.length, callout.length - close.length);
        expect(inner.trim()).not.toBe('');
        const shown = inner.endsWith('…') && !words.replace(/\s+/gu, ' ').trim().endsWith(inner) ? inner.slice(0, -1) : inner;
        expect(words.replace(/\s+/gu, ' ').trim().startsWith(shown)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
