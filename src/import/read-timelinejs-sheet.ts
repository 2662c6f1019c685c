import type { ImportNote } from './import-types.ts';
import type { LocatedSlide, TimelineInput } from './located-slide.ts';
import type { CsvTable } from './parse-csv.ts';
import { parseSheetTime } from './parse-sheet-time.ts';

/** The columns of TimelineJS's Google Sheets template, and the slide field each one fills. */
const COLUMNS: Readonly<Record<string, string>> = {
  year: 'start_date.year',
  month: 'start_date.month',
  day: 'start_date.day',
  time: 'start_date.time',
  'end year': 'end_date.year',
  'end month': 'end_date.month',
  'end day': 'end_date.day',
  'end time': 'end_date.time',
  'display date': 'display_date',
  headline: 'text.headline',
  text: 'text.text',
  media: 'media.url',
  'media credit': 'media.credit',
  'media caption': 'media.caption',
  'media thumbnail': 'media.thumbnail',
  'alt text': 'media.alt',
  type: 'type',
  group: 'group',
  tag: 'group',
  background: 'background',
};

/** True when a CSV header is TimelineJS's sheet: it has Year and a Headline or Text column. */
export function isTimelineJsSheet(headers: readonly string[]): boolean {
  const names = new Set(headers.map((h) => h.toLowerCase()));
  return names.has('year') && (names.has('headline') || names.has('text'));
}

/** The slide field a date-part column fills, for the notes: "Time" answers for hour, minute and second. */
function columnFieldOf(field: string): string {
  return field.replace(/^(start_date|end_date)\.(hour|minute|second|millisecond)$/, '$1.time');
}

/** The column to blame for a field that has none of its own: a date's display date, or the date as a whole (its Year). */
function fallbackField(field: string): string {
  if (field.endsWith('display_date')) return 'display_date';
  const [group] = field.split('.');
  return group === 'start_date' || group === 'end_date' ? `${group}.year` : field;
}

/**
 * A TimelineJS spreadsheet exported as CSV → its slides, each field located by row and column
 * (`timeline.csv row 6, column "Month"`). The Type column sorts rows into the title slide, eras and
 * events, as TimelineJS does; columns TimelineJS does not know are notes.
 */
export function readTimelineJsSheet(table: CsvTable): TimelineInput {
  const { fileName, headers } = table;
  const notes: ImportNote[] = [...table.notes];
  const columnOf = new Map<string, number>();
  headers.forEach((header, index) => {
    const field = COLUMNS[header.toLowerCase()];
    if (field && !columnOf.has(field)) columnOf.set(field, index);
    else if (!field && table.rows.some((r) => (r.cells[index] ?? '').trim() !== '')) {
      notes.push({ at: `${fileName}, column "${header}"`, message: 'not carried over (not a column of the TimelineJS template)' });
    }
  });
  const cell = (cells: readonly string[], field: string) => {
    const index = columnOf.get(field);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };

  let title: LocatedSlide | undefined;
  const events: LocatedSlide[] = [];
  const eras: LocatedSlide[] = [];
  for (const { row, cells } of table.rows) {
    const origin = `${fileName} row ${row}`;
    const at = (field: string) => {
      const index = columnOf.get(columnFieldOf(field)) ?? columnOf.get(fallbackField(field));
      return index === undefined ? origin : `${origin}, column "${headers[index]}"`;
    };
    const slide: Record<string, unknown> = {};
    const put = (path: string, value: unknown) => {
      const [group, key] = path.split('.') as [string, string | undefined];
      if (key === undefined) slide[group] = value;
      else slide[group] = { ...(slide[group] as object | undefined), [key]: value };
    };
    for (const field of columnOf.keys()) {
      const value = cell(cells, field);
      if (value === '' || field === 'type') continue;
      if (field.endsWith('.time')) {
        const time = parseSheetTime(value);
        if (time) for (const [k, v] of Object.entries(time)) put(field.replace('time', k), v);
        else notes.push({ at: at(field), message: `"${value}" is not a time (expected 07:02, 7:02 PM or 19:02:30); not carried over` });
        continue;
      }
      put(field, value);
    }
    const type = cell(cells, 'type').toLowerCase();
    const located = { slide, origin, at };
    if (type === 'title' && !title) title = located;
    else if (type === 'era') eras.push(located);
    else {
      if (type === 'title') notes.push({ at: at('type'), message: 'a second title row; read as an event, as TimelineJS does' });
      else if (type !== '') notes.push({ at: at('type'), message: `type "${type}" is not one TimelineJS knows (title or era); read as an event` });
      events.push(located);
    }
  }
  return { fileName, events, eras, notes, ...(title && { title }) };
}
