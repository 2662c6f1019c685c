import { getArray, getEntries, getString, type JsonRecord } from './loose-json.ts';
import { slugifyId } from './slugify-id.ts';

/** An actor that a wrong id names by its name, alias or surname, and which of those it matched. */
export interface NamedActor {
  readonly id: string;
  readonly name: string;
  readonly matched: 'name' | 'alias' | 'surname';
}

/**
 * The actor a reference that is no id means when it names the actor instead: "vladimir-putin" or
 * "Putin" for the actor "putin" named "Vladimir Putin", "obama" for "barack-obama", "mbs" for an
 * actor with the alias "MBS". A surname counts only when one actor has it.
 */
export function findActorByName(root: JsonRecord, reference: string): NamedActor | undefined {
  const key = slugifyId(reference);
  if (key === '') return undefined;
  const bySurname: NamedActor[] = [];
  for (const [, actor] of getEntries(root, 'actors')) {
    const id = getString(actor, 'id');
    const name = getString(actor, 'name');
    if (id === undefined || name === undefined || id === reference) continue;
    if (slugifyId(name) === key) return { id, name, matched: 'name' };
    if (getArray(actor, 'aliases').some((alias) => typeof alias === 'string' && slugifyId(alias) === key)) return { id, name, matched: 'alias' };
    if (!key.includes('-') && slugifyId(name).split('-').slice(1).includes(key)) bySurname.push({ id, name, matched: 'surname' });
  }
  return bySurname.length === 1 ? bySurname[0] : undefined;
}
