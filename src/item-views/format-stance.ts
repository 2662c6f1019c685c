import { formatPartialDate } from '../model/format-partial-date.ts';
import type { Position, Stance } from '../model/types.ts';

/** The stances from the most to the least favourable, for legends. */
export const STANCE_ORDER: readonly Stance[] = ['proposes', 'supports', 'conditional', 'noncommittal', 'opposes'];

const WORDS: Readonly<Record<Stance, string>> = {
  proposes: 'Proposes',
  supports: 'Supports',
  conditional: 'Conditional',
  noncommittal: 'Noncommittal',
  opposes: 'Opposes',
};

const MEANINGS: Readonly<Record<Stance, string>> = {
  proposes: 'puts the idea forward as its own proposal',
  supports: 'accepts or backs it',
  conditional: 'yes, if the conditions listed are met',
  noncommittal: 'neither accepts nor rejects it, or leaves it open',
  opposes: 'rejects it',
};

/** A stance in words, capitalised: "Conditional". */
export function formatStance(stance: Stance): string {
  return WORDS[stance];
}

/** What a stance means, in a phrase: "yes, if the conditions listed are met". */
export function formatStanceMeaning(stance: Stance): string {
  return MEANINGS[stance];
}

/** "Conditional · since 13 March 2025": a position as a table cell or a list item says it. */
export function formatPositionSince(position: Pick<Position, 'stance' | 'date'>): string {
  return `${WORDS[position.stance]} · since ${formatPartialDate(position.date, 'long')}`;
}

/** "Russia: conditional, from 13 March 2025": the name of a change marker on a stance strip. */
export function formatStanceChange(actorName: string, position: Pick<Position, 'stance' | 'date'>): string {
  return `${actorName}: ${position.stance}, from ${formatPartialDate(position.date, 'long')}`;
}
