/** The opening and closing marks of a quotation in one language. */
export interface QuotationMarks {
  readonly open: string;
  readonly close: string;
}

const ENGLISH: QuotationMarks = { open: '\u201C', close: '\u201D' };
const GUILLEMETS: QuotationMarks = { open: '\u00AB', close: '\u00BB' };
const LOW_HIGH: QuotationMarks = { open: '\u201E', close: '\u201C' };
const LOW_RIGHT: QuotationMarks = { open: '\u201E', close: '\u201D' };
const RIGHT_RIGHT: QuotationMarks = { open: '\u201D', close: '\u201D' };
const CORNER: QuotationMarks = { open: '\u300C', close: '\u300D' };

// Primary quotation marks by language (CLDR's delimiters, quotationStart / quotationEnd), for the
// languages a model is likeliest to be written in; any other language gets English marks. There is no
// Intl API for them. French sets its guillemets off with a narrow no-break space, which CLDR leaves to
// the writer; it is part of the mark here so that it never breaks from the quote.
const BY_LANGUAGE: ReadonlyMap<string, QuotationMarks> = new Map(Object.entries({
  be: GUILLEMETS, bg: LOW_HIGH, ca: GUILLEMETS, cs: LOW_HIGH, da: ENGLISH, de: LOW_HIGH, el: GUILLEMETS,
  es: GUILLEMETS, et: LOW_HIGH, fa: GUILLEMETS, fi: RIGHT_RIGHT, fr: { open: '\u00AB\u202F', close: '\u202F\u00BB' },
  hr: LOW_RIGHT, hu: LOW_RIGHT, hy: GUILLEMETS, is: LOW_HIGH, it: GUILLEMETS, ja: CORNER, ka: LOW_HIGH,
  kk: GUILLEMETS, lt: LOW_HIGH, lv: ENGLISH, nb: GUILLEMETS, nl: ENGLISH, nn: GUILLEMETS, no: GUILLEMETS,
  pl: LOW_RIGHT, pt: ENGLISH, ro: LOW_RIGHT, ru: GUILLEMETS, sk: LOW_HIGH, sl: LOW_HIGH, sq: GUILLEMETS,
  sr: LOW_HIGH, sv: RIGHT_RIGHT, tr: ENGLISH, uk: GUILLEMETS, zh: ENGLISH,
}));

// Where a region or script writes them differently from the language's default.
const BY_TAG: ReadonlyMap<string, QuotationMarks> = new Map(Object.entries({
  'de-ch': GUILLEMETS, 'pt-pt': GUILLEMETS, 'zh-hant': CORNER, 'zh-tw': CORNER, 'zh-hk': CORNER,
}));

/**
 * The quotation marks of a BCP 47 language tag ("en" → “ ”, "de" → „ “, "ru" → « », "fr" → « »):
 * how a verbatim quote is set off in text of that language. English marks for a language not listed.
 */
export function getQuotationMarks(language: string): QuotationMarks {
  const tag = language.toLowerCase();
  const parts = tag.split('-');
  // Maps, not object lookups: a tag such as "constructor" must not find Object.prototype's.
  return BY_TAG.get(tag) ?? BY_TAG.get(`${parts[0]}-${parts[1]}`) ?? BY_LANGUAGE.get(parts[0]!) ?? ENGLISH;
}
