/** The forms of a noun by plural category, as `Intl.PluralRules` names them; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

// One PluralRules and one NumberFormat per locale: building them is far slower than using them.
const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, create: () => T): T {
  let value = cache.get(locale);
  if (value === undefined) {
    value = create();
    cache.set(locale, value);
  }
  return value;
}

/** A number grouped for reading: "10,000". */
export function formatNumber(value: number, locale = 'en'): string {
  return cached(numbers, locale, () => new Intl.NumberFormat(locale)).format(value);
}

/**
 * A count with its noun in the form the language's plural rules choose, the number grouped for
 * reading: formatCount(1, { one: 'event', other: 'events' }) is "1 event", 10000 gives "10,000 events".
 */
export function formatCount(count: number, forms: PluralForms, locale = 'en'): string {
  const category = cached(rules, locale, () => new Intl.PluralRules(locale)).select(count);
  return `${formatNumber(count, locale)} ${forms[category] ?? forms.other}`;
}
