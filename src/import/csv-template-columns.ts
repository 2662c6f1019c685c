/** The lists of the CSV template, one file each, named after the list. */
export type TemplateList = 'events' | 'actors' | 'statements' | 'sources' | 'model';

/**
 * The columns of each template file: the field names of parley/1, with nested fields dotted
 * (`location.name`, `source.locator`). List fields hold several values separated by ";".
 */
export const TEMPLATE_COLUMNS: Readonly<Record<TemplateList, readonly string[]>> = {
  model: ['id', 'title', 'description', 'language', 'updated', 'license'],
  actors: ['id', 'name', 'kind', 'title', 'affiliations', 'aliases', 'description'],
  events: ['id', 'title', 'start', 'end', 'kind', 'summary', 'location.name', 'location.lat', 'location.lon', 'participants', 'sources', 'related', 'note'],
  statements: ['id', 'speaker', 'date', 'text', 'mode', 'event', 'about', 'language', 'translated', 'setting', 'source', 'source.locator', 'note'],
  sources: ['id', 'title', 'publisher', 'url', 'archived', 'published', 'accessed'],
};

/** Other spellings of a column that a spreadsheet user may well write. */
export const COLUMN_ALIASES: Readonly<Record<string, string>> = {
  location: 'location.name',
  lat: 'location.lat',
  lon: 'location.lon',
  locator: 'source.locator',
};

/** Which template list a CSV file holds: by its name (`events.csv`), else by its columns. */
export function detectTemplateList(fileName: string, headers: readonly string[]): TemplateList | undefined {
  const base = (fileName.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.csv$/, '');
  for (const list of ['statements', 'events', 'actors', 'sources', 'model'] as const) {
    if (base === list || base.endsWith(`-${list}`) || base.endsWith(`_${list}`) || base.endsWith(` ${list}`)) return list;
  }
  const names = new Set(headers.map((h) => h.toLowerCase()));
  if (!names.has('id') && !names.has('title') && !names.has('name')) return undefined;
  if (names.has('speaker')) return 'statements';
  if (names.has('start')) return 'events';
  if (names.has('name') && names.has('kind')) return 'actors';
  if (names.has('title') && (names.has('url') || names.has('publisher'))) return 'sources';
  return undefined;
}
