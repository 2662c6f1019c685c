import type { ActorKind } from '../model/types.ts';

/**
 * A speaker as an APA author: a person with a two-part name inverted with initials ("Vladimir
 * Putin" → "Putin, V.", "JD Vance" → "Vance, J. D.", "Jean-Claude Juncker" → "Juncker, J.-C.").
 * Longer names ("Mohammed bin Salman", "Ursula von der Leyen") and states or organizations are given
 * as written: which part is the family name cannot be told from the name alone, and a wrong guess
 * would misname someone.
 */
export function formatApaAuthor(name: string, kind: ActorKind | undefined): string {
  const parts = name.trim().split(/\s+/);
  if (kind !== 'person' || parts.length !== 2) return name.trim();
  const [given = '', family = ''] = parts;
  const initials = /^[A-Z]{2,3}$/.test(given)
    ? [...given].map((c) => `${c}.`).join(' ')
    : given.split('-').map((p) => `${[...p][0] ?? ''}.`).join('-');
  return `${family}, ${initials}`;
}
