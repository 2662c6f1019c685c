import type { QuotationMarks } from '../../model/get-quotation-marks';

/** Fewer characters of words than this make no callout: "“These 30…”" or "Paraphrase: Putin…" tell a reader nothing. */
export const MIN_CALLOUT_WORDS = 12;

// What may not end a cut before its "…": spaces, and punctuation that would stand oddly before it.
const DANGLING_END = /[\s,;:.\u2013\u2014\u2026-]+$/u;

/**
 * The opening words of a statement as its callout shows them, in at most `chars` characters (code
 * points): a verbatim quote between `marks`, a paraphrase without them. A longer text is cut after a
 * whole word, ending in "…" inside the closing mark ("“These 30 days – how will they be used?…”"); in
 * the middle of a word only when the first words alone are too long. Runs of white space read as
 * one space. '' when fewer than MIN_CALLOUT_WORDS characters of words fit, or there are no words.
 * Reads only the start of `text`, however long it is.
 */
export function formatCalloutText(text: string, verbatim: boolean, marks: QuotationMarks, chars: number): string {
  const open = verbatim ? marks.open : '';
  const close = verbatim ? marks.close : '';
  const budget = Math.floor(chars) - Array.from(open).length - Array.from(close).length;
  if (budget < MIN_CALLOUT_WORDS) return '';
  const trimmed = text.trimStart();
  // Twice as many UTF-16 units as the characters wanted (and a few to see whether a word ends there):
  // enough for `budget` code points however many are astral.
  const head = trimmed.length > 2 * budget + 4 ? trimmed.slice(0, 2 * budget + 4) : trimmed;
  const words = Array.from(head.replace(/\s+/gu, ' ').trimEnd());
  if (words.length === 0) return '';
  if (head.length === trimmed.length && words.length <= budget) return `${open}${words.join('')}${close}`;
  const cut = budget - 1;
  // After the last whole word that fits, unless that leaves less than half the room used.
  let end = cut;
  if (words[cut] !== ' ') {
    const space = words.lastIndexOf(' ', cut - 1);
    if (space >= cut / 2) end = space;
  }
  const kept = words.slice(0, end).join('').replace(DANGLING_END, '');
  return kept.length === 0 ? '' : `${open}${kept}\u2026${close}`;
}
