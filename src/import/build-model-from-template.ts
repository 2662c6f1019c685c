import { ID_MAX_LENGTH, ID_PATTERN, type ActorEntry, type EventEntry, type ModelFile, type SourceEntry, type StatementEntry } from '../model/model-file-schema.ts';
import type { EntityKind } from '../model/types.ts';
import { createIdAllocator } from './create-id-allocator.ts';
import { COLUMN_ALIASES, TEMPLATE_COLUMNS, type TemplateList } from './csv-template-columns.ts';
import { baseName, describeModelDefaults } from './describe-model-defaults.ts';
import type { ConversionResult, ConvertOptions, ImportNote } from './import-types.ts';
import type { CsvTable } from './parse-csv.ts';
import { readCellDate } from './read-cell-date.ts';

const ID = new RegExp(ID_PATTERN);
const isId = (value: string) => ID.test(value) && value.length <= ID_MAX_LENGTH;
const LIST_KIND: Record<Exclude<TemplateList, 'model'>, EntityKind> = { actors: 'actor', events: 'event', statements: 'statement', sources: 'source' };
const DEFAULT_EVENT_KIND = 'event';

/** A template file and the list it holds. */
export interface TemplateTable {
  readonly table: CsvTable;
  readonly list: TemplateList;
}

/** One data row with its cells by column name (blank cells left out), and how to name a cell for a note. */
interface TemplateRow {
  readonly origin: string;
  readonly values: ReadonlyMap<string, string>;
  readonly at: (column: string) => string;
}

/** "a; b ;; c" → ["a", "b", "c"]. */
const splitList = (value: string | undefined) => (value ?? '').split(';').map((v) => v.trim()).filter((v) => v !== '');
/** "witkoff (mediator)" → ["witkoff", "mediator"]. */
function splitQualified(item: string): [string, string | undefined] {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(item);
  return m ? [m[1] ?? '', (m[2] ?? '').trim() || undefined] : [item, undefined];
}

function readRows({ table, list }: TemplateTable, notes: ImportNote[]): TemplateRow[] {
  const known = new Set(TEMPLATE_COLUMNS[list]);
  const columns = table.headers.map((header) => {
    const name = header.toLowerCase();
    const column = COLUMN_ALIASES[name] ?? name;
    if (known.has(column)) return column;
    if (header !== '' && table.rows.some((r) => (r.cells[table.headers.indexOf(header)] ?? '').trim() !== '')) {
      notes.push({ at: `${table.fileName}, column "${header}"`, message: `not carried over (the ${list} template's columns are ${TEMPLATE_COLUMNS[list].join(', ')})` });
    }
    return undefined;
  });
  return table.rows.map(({ row, cells }) => {
    const origin = `${table.fileName} row ${row}`;
    const values = new Map<string, string>();
    columns.forEach((column, index) => {
      const value = (cells[index] ?? '').trim();
      if (column && value !== '' && !values.has(column)) values.set(column, value);
    });
    return {
      origin,
      values,
      at: (column) => {
        const index = columns.indexOf(column);
        return index < 0 ? origin : `${origin}, column "${table.headers[index]}"`;
      },
    };
  });
}

/**
 * The CSV template (events.csv, actors.csv, statements.csv, sources.csv and an optional model.csv)
 * → a parley/1 model. Cells are copied as written; what needs deciding is a note: an id made from a
 * title, a reference written as a name ("Vladimir Putin" for "putin"), a date that is not one (its row
 * and column named; a row without its required date is left out). Wrong references are left for the
 * validator, which names them with a "did you mean".
 */
export function buildModelFromTemplate(tables: readonly TemplateTable[], options: ConvertOptions): ConversionResult {
  const notes: ImportNote[] = tables.flatMap((t) => t.table.notes);
  const note = (at: string, message: string) => notes.push({ at, message });
  const rowsOf = (list: TemplateList) => tables.filter((t) => t.list === list).flatMap((t) => readRows(t, notes));
  const rows = { model: rowsOf('model'), actors: rowsOf('actors'), events: rowsOf('events'), statements: rowsOf('statements'), sources: rowsOf('sources') };
  const ids = createIdAllocator();
  const kindOf = new Map<string, EntityKind>();
  const renamed = new Map<string, string>();
  const byName = new Map<string, { id: string; kind: EntityKind }>();
  const idOfRow = new Map<TemplateRow, string>();

  // Ids first, over every list, so references can be resolved whatever file they point into.
  const naming: Record<Exclude<TemplateList, 'model'>, string> = { actors: 'name', events: 'title', statements: 'text', sources: 'title' };
  for (const list of ['actors', 'events', 'sources', 'statements'] as const) {
    for (const row of rows[list]) {
      const written = row.values.get('id');
      const label = row.values.get(naming[list]) ?? '';
      let id: string;
      if (written !== undefined && isId(written)) {
        id = written;
        // A duplicate stays as written: the validator names both places.
        ids.claim(written);
      } else {
        const made = ids.allocate(written ?? label.split(/\s+/).slice(0, 8).join(' '), `${LIST_KIND[list]}-${row.origin.replace(/\D+/g, '')}`);
        id = made.id;
        if (written !== undefined) {
          renamed.set(written, id);
          note(row.at('id'), `"${written}" became the id "${id}" (ids are lowercase letters, digits, "-" and "_")`);
        } else {
          note(row.at('id'), `no id; it was given "${id}"`);
        }
      }
      idOfRow.set(row, id);
      kindOf.set(id, LIST_KIND[list]);
      for (const name of [label, ...(list === 'actors' ? splitList(row.values.get('aliases')) : [])]) {
        const key = name.toLowerCase();
        if (name && list !== 'statements' && !byName.has(key)) byName.set(key, { id, kind: LIST_KIND[list] });
      }
    }
  }

  const hasActorsFile = tables.some((t) => t.list === 'actors');
  const madeActors: ActorEntry[] = [];
  const madeActorOrigins: string[] = [];
  const resolvedNames = new Set<string>();
  /** A reference cell → the id it means: an id as written, a renamed id, or a name or title of the right kind. */
  const resolve = (value: string, kinds: readonly EntityKind[], at: string): string => {
    const kind = kindOf.get(value);
    if (kind && kinds.includes(kind)) return value;
    const newId = renamed.get(value);
    if (newId && kinds.includes(kindOf.get(newId) ?? 'actor')) return newId;
    const named = byName.get(value.toLowerCase());
    if (named && kinds.includes(named.kind)) {
      if (!resolvedNames.has(value)) {
        resolvedNames.add(value);
        note(at, `"${value}" was read as the ${named.kind} "${named.id}", by its ${named.kind === 'actor' ? 'name' : 'title'}`);
      }
      return named.id;
    }
    if (!hasActorsFile && kinds.includes('actor') && !kind) {
      // No actors.csv: the people and groups named in the other files become actors of their own.
      const made = ids.allocate(value, 'actor');
      kindOf.set(made.id, 'actor');
      byName.set(value.toLowerCase(), { id: made.id, kind: 'actor' });
      madeActors.push({ id: made.id, name: value, kind: 'group' });
      madeActorOrigins.push(at);
      note(at, `"${value}" became the actor "${made.id}" of kind "group", as there is no actors.csv; change its kind to person, state or organization where that fits`);
      return made.id;
    }
    return value;
  };
  const resolveList = (value: string | undefined, kinds: readonly EntityKind[], at: string) => splitList(value).map((v) => resolve(v, kinds, at));

  const dateCell = (row: TemplateRow, column: string, required: boolean): string | undefined | null => {
    const raw = row.values.get(column);
    if (raw === undefined) return undefined;
    const reading = readCellDate(raw, options.utcOffset);
    if (reading.message) note(row.at(column), reading.date ? reading.message : `${reading.message}; ${required ? 'the row was left out' : 'not carried over'}`);
    return reading.date ?? null;
  };
  const origins: Record<string, string> = {};
  const put = <T>(list: T[], name: string, row: TemplateRow, item: T) => {
    origins[`${name}[${list.length}]`] = row.origin;
    list.push(item);
  };

  const actors: ActorEntry[] = [];
  for (const row of rows.actors) {
    const v = row.values;
    const actor = { id: idOfRow.get(row), name: v.get('name'), kind: v.get('kind')?.toLowerCase() } as ActorEntry;
    if (v.has('title')) actor.title = v.get('title');
    const affiliations = resolveList(v.get('affiliations'), ['actor'], row.at('affiliations'));
    if (affiliations.length > 0) actor.affiliations = affiliations;
    const aliases = splitList(v.get('aliases'));
    if (aliases.length > 0) actor.aliases = aliases;
    if (v.has('description')) actor.description = v.get('description');
    put(actors, 'actors', row, actor);
  }

  const events: EventEntry[] = [];
  let defaultKinds = 0;
  for (const row of rows.events) {
    const v = row.values;
    const start = dateCell(row, 'start', true);
    if (start === null) continue;
    const event = { id: idOfRow.get(row), title: v.get('title'), start } as EventEntry;
    const end = dateCell(row, 'end', false);
    if (end) event.end = end;
    event.kind = v.get('kind') ?? DEFAULT_EVENT_KIND;
    if (!v.has('kind')) defaultKinds++;
    if (v.has('summary')) event.summary = v.get('summary');
    const location = readLocation(row, note);
    if (location) event.location = location;
    const participants = splitList(v.get('participants')).map((item) => {
      const [actor, role] = splitQualified(item);
      return { actor: resolve(actor, ['actor'], row.at('participants')), ...(role !== undefined && { role }) };
    });
    if (participants.length > 0) event.participants = participants;
    const sources = resolveList(v.get('sources'), ['source'], row.at('sources'));
    if (sources.length > 0) event.sources = sources;
    const related = splitList(v.get('related')).flatMap((item) => {
      const [other, relation] = splitQualified(item);
      if (relation === undefined) {
        note(row.at('related'), `"${item}" has no relation; write it as "${other} (follows)", "${other} (responds-to)"…; not carried over`);
        return [];
      }
      return [{ event: resolve(other, ['event'], row.at('related')), relation }];
    });
    if (related.length > 0) event.related = related;
    if (v.has('note')) event.note = v.get('note');
    put(events, 'events', row, event);
  }
  const eventsFile = tables.find((t) => t.list === 'events')?.table.fileName ?? 'events.csv';
  if (defaultKinds > 0) note(`${eventsFile}, column "kind"`, `${defaultKinds === 1 ? 'an event has' : `${defaultKinds} events have`} no kind; given "${DEFAULT_EVENT_KIND}". Write talks, meeting, call, proposal, statement… where that fits`);

  const statements: StatementEntry[] = [];
  for (const row of rows.statements) {
    const v = row.values;
    const date = dateCell(row, 'date', true);
    if (date === null) continue;
    // Neither the quote's words nor whether they are verbatim are ever filled in: a missing one is an error to fix.
    const statement = { id: idOfRow.get(row), speaker: v.has('speaker') ? resolve(v.get('speaker') ?? '', ['actor'], row.at('speaker')) : undefined, date, text: v.get('text'), mode: v.get('mode')?.toLowerCase() } as StatementEntry;
    if (v.has('event')) statement.event = resolve(v.get('event') ?? '', ['event'], row.at('event'));
    const about = resolveList(v.get('about'), ['event', 'actor', 'statement'], row.at('about'));
    if (about.length > 0) statement.about = about;
    if (v.has('language')) statement.language = v.get('language');
    const translated = readBoolean(v.get('translated'));
    if (translated === null) note(row.at('translated'), `"${v.get('translated')}" is not yes or no; not carried over`);
    else if (translated !== undefined) statement.translated = translated;
    if (v.has('setting')) statement.setting = v.get('setting');
    if (v.has('source')) {
      statement.source = { source: resolve(v.get('source') ?? '', ['source'], row.at('source')) };
      if (v.has('source.locator')) statement.source.locator = v.get('source.locator');
    } else if (v.has('source.locator')) {
      note(row.at('source.locator'), 'a locator without a source; not carried over');
    }
    if (v.has('note')) statement.note = v.get('note');
    put(statements, 'statements', row, statement);
  }

  const sources: SourceEntry[] = [];
  for (const row of rows.sources) {
    const v = row.values;
    const source = { id: idOfRow.get(row), title: v.get('title') } as SourceEntry;
    for (const key of ['publisher', 'url', 'archived'] as const) if (v.has(key)) source[key] = v.get(key);
    for (const key of ['published', 'accessed'] as const) {
      const date = dateCell(row, key, false);
      if (date) source[key] = date;
    }
    put(sources, 'sources', row, source);
  }

  madeActors.forEach((actor, i) => put(actors, 'actors', { origin: madeActorOrigins[i] ?? '', values: new Map(), at: () => '' }, actor));
  const meta = rows.model[0]?.values;
  if (rows.model.length > 1) note(rows.model[1]?.origin ?? 'model.csv', 'model.csv has one row; the rows after the first are not carried over');
  const firstFile = tables[0]?.table.fileName ?? 'model.csv';
  const defaults = describeModelDefaults({
    fileName: tables.length > 1 ? `${baseName(firstFile)} and ${tables.length - 1} other CSV file${tables.length > 2 ? 's' : ''}` : firstFile,
    format: 'the Parley CSV template',
    options,
    ...(meta && { id: meta.get('id'), title: meta.get('title'), description: meta.get('description'), language: meta.get('language'), updated: meta.get('updated'), license: meta.get('license') }),
  });
  notes.push(...defaults.notes.map((n) => ({ ...n, at: `model.csv, column "${n.at}"` })));
  const model: ModelFile = {
    format: 'parley/1',
    ...defaults.root,
    ...(actors.length > 0 && { actors }),
    ...(events.length > 0 && { events }),
    ...(statements.length > 0 && { statements }),
    ...(sources.length > 0 && { sources }),
  };
  return { format: 'csv-template', formatName: 'the CSV template', model, notes, origins };
}

/** yes/no, true/false, 1/0, y/n, x → a boolean; blank → undefined; anything else → null. */
function readBoolean(value: string | undefined): boolean | undefined | null {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (['yes', 'y', 'true', '1', 'x'].includes(v)) return true;
  if (['no', 'n', 'false', '0'].includes(v)) return false;
  return null;
}

function readLocation(row: TemplateRow, note: (at: string, message: string) => void): EventEntry['location'] {
  const name = row.values.get('location.name');
  const coordinate = (column: string) => {
    const raw = row.values.get(column);
    if (raw === undefined) return undefined;
    const value = Number(raw.replace(',', '.'));
    if (Number.isFinite(value)) return value;
    note(row.at(column), `"${raw}" is not a number; not carried over`);
    return undefined;
  };
  const lat = coordinate('location.lat');
  const lon = coordinate('location.lon');
  if (name === undefined) {
    if (lat !== undefined || lon !== undefined) note(row.at('location.name'), 'coordinates without a place name; not carried over (a location needs its name)');
    return undefined;
  }
  return { name, ...(lat !== undefined && { lat }), ...(lon !== undefined && { lon }) };
}
