/** An event kind as a label: `press-conference` → "press conference". Kinds are free words in model files. */
export function formatKind(kind: string): string {
  return kind.replace(/[-_]+/g, ' ');
}
