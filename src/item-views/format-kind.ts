/**
 * Kinds whose word in the file would be misread in the interface. `statement` is a common event kind
 * (an occasion where someone spoke: a news conference, a post, an address), but the model's
 * statements are the quotes themselves; shown as "public remarks", the event never reads like one.
 */
const KIND_WORDS: Readonly<Record<string, string>> = { statement: 'public remarks' };

/**
 * An event kind as a label: `press-conference` → "press conference", `statement` → "public remarks".
 * Kinds are free words in model files; links and filters keep the word as written.
 */
export function formatKind(kind: string): string {
  return Object.hasOwn(KIND_WORDS, kind) ? (KIND_WORDS[kind] as string) : kind.replace(/[-_]+/g, ' ');
}
