/**
 * What is wrong with a string that is not a partial date, for the slips curators and spreadsheets
 * make: a time without its UTC offset, a space for the "T", day-first dates, missing zeros. Undefined
 * when it is none of those. Each answer shows the value written right where that can be known.
 */
export function explainDateMistake(raw: string): string | undefined {
  const value = raw.trim();
  let m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)$/.exec(value);
  if (m) return `the UTC offset is missing: write "${m[1]}T${m[2]}Z" for UTC, or the local offset, e.g. "${m[1]}T${m[2]}+02:00"`;
  m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))$/.exec(value);
  if (m) return `put a "T" between the date and the time: "${m[1]}T${m[2]}"`;
  m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)([+-])(\d{2})(\d{2})$/.exec(value);
  if (m) return `write the UTC offset with a colon: "${m[1]}${m[2]}${m[3]}:${m[4]}"`;
  m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)([+-])(\d{2})$/.exec(value);
  if (m) return `write the UTC offset in hours and minutes: "${m[1]}${m[2]}${m[3]}:00"`;
  m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\.\d+(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (m) return `times stop at the second: "${m[1]}${m[2] ?? 'Z'}"`;
  m = /^(\d{4}-\d{2}-\d{2}T\d{2})(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (m) return `a time needs its minutes: "${m[1]}:00${m[2] ?? 'Z'}"`;
  if (/^-\d+/.test(value)) return 'years before 0001 (BCE) cannot be written; parley/1 dates run from 0001 to 9999';
  m = /^(\d{1,3})(-\d{2}(?:-\d{2})?)?$/.exec(value);
  if (m) return `write the year with four digits: "${(m[1] ?? '').padStart(4, '0')}${m[2] ?? ''}"`;
  m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(value);
  if (m) {
    const parts = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map((p, i) => (i === 0 ? p : p.padStart(2, '0')));
    return `write it as "${parts.join('-')}" (year-month-day, "-" between, two digits for month and day)`;
  }
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(value)) {
    return 'write dates year first, as YYYY-MM-DD (e.g. 2025-03-13): which of these numbers is the day cannot be told';
  }
  return undefined;
}
