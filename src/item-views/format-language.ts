let names: Intl.DisplayNames | undefined;

/**
 * The English name of a BCP 47 language tag, e.g. "ru" → "Russian", "pt-BR" → "Brazilian Portuguese".
 * Falls back to the tag itself when the runtime cannot name it.
 */
export function formatLanguage(tag: string): string {
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return names.of(tag) ?? tag;
  } catch {
    // Intl.DisplayNames throws RangeError for a tag it considers malformed.
    return tag;
  }
}
