// Known relations and how they read from the other end ("A follows B" → on B: "followed by A").
// A Map, not an object literal, so relations like "constructor" find nothing on the prototype.
const INVERSES: ReadonlyMap<string, string> = new Map([
  ['follows', 'followed by'],
  ['precedes', 'preceded by'],
  ['responds-to', 'responded to by'],
  ['reports-on', 'reported on by'],
  ['continues', 'continued by'],
  ['contradicts', 'contradicted by'],
  ['confirms', 'confirmed by'],
  ['supersedes', 'superseded by'],
  ['part-of', 'includes'],
  ['includes', 'part of'],
]);

const words = (relation: string) => relation.replace(/[-_]+/g, ' ').trim();

/**
 * A relation between events in words, read from the event on show: outgoing "responds-to" →
 * "responds to"; incoming "follows" → "followed by". An incoming relation with no known inverse
 * keeps its own words and says which way it points: "named as ‘escalates’ by".
 */
export function formatRelation(relation: string, direction: 'outgoing' | 'incoming'): string {
  if (direction === 'outgoing') return words(relation);
  return INVERSES.get(relation) ?? `named as ‘${words(relation)}’ by`;
}
