import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildDownload } from './build-download.ts';
import { serializeModelFile } from './serialize-model-file.ts';
import { escapeCsvCell } from './escape-csv-cell.ts';
import { readBundledModel } from '../testing/bundled-model.ts';
import { loadModel } from '../testing/load-model.ts';
import { validModel } from '../testing/fixtures/valid-model.ts';
import { selectVisibleItems } from '../selectors/select-visible-items.ts';
import { DEFAULT_VIEW_STATE } from '../view-state/view-state.ts';
import { validateModel } from '../model/validate-model.ts';
import type { ActorId, Model } from '../model/types.ts';

const bundled = (): Model => readBundledModel() ?? expect.fail('the bundled model is missing or invalid');
const linkTo = (id: string) => `https://parley.example/?statement=${id}`;
const filters = { actorFilter: DEFAULT_VIEW_STATE.actorFilter, kindFilter: DEFAULT_VIEW_STATE.kindFilter, verbatimOnly: false, dateFilter: DEFAULT_VIEW_STATE.dateFilter };

describe('the model download', () => {
  it('is a parley/1 file that validates to the same model, for the bundled model and the fixture', () => {
    for (const model of [bundled(), loadModel(validModel())]) {
      const file = JSON.parse(buildDownload('model', model, [], linkTo).text);
      const again = validateModel(file);
      if (!again.ok) return expect.fail(again.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      // Compared table by table: the model's lazily built maps are not plain data.
      for (const table of ['actors', 'events', 'statements', 'sources', 'topics', 'positions'] as const) expect([...again.model[table].values()]).toEqual([...model[table].values()]);
      expect(again.model.meta).toEqual(model.meta);
      expect(again.model.positionOrder).toEqual(model.positionOrder);
    }
  });

  it('keeps every field the fixture writes, but for "translated": false and $schema', () => {
    const file = validModel() as Record<string, unknown>;
    delete file.$schema;
    const stripFalse = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, v) => (key === 'translated' && v === false ? undefined : v)));
    expect(serializeModelFile(loadModel(validModel()))).toEqual(stripFalse(file));
  });

  it('keeps the same-day order of events and statements, which the fixture leaves out', () => {
    const base = validModel();
    const eventId = base.events?.[0]?.id ?? expect.fail('no event');
    const statementId = base.statements?.[0]?.id ?? expect.fail('no statement');
    const file = validModel({ events: { [eventId]: { order: 2 } }, statements: { [statementId]: { order: -1 } } }) as Record<string, unknown>;
    delete file.$schema;
    const serialized = serializeModelFile(loadModel(file));
    expect(serialized.events?.find((e) => e.id === eventId)?.order).toBe(2);
    expect(serialized.statements?.find((s) => s.id === statementId)?.order).toBe(-1);
  });
});

describe('the CSL-JSON download', () => {
  it('parses, and has one entry per quote in the current filters, in their order', () => {
    const model = bundled();
    const all = selectVisibleItems(model, filters);
    const items = JSON.parse(buildDownload('csl-json', model, all.statements, linkTo).text) as { id: string }[];
    expect(items.map((i) => i.id)).toEqual(all.statements);
    expect(items).toHaveLength(model.statements.size);
    const putin = selectVisibleItems(model, { ...filters, actorFilter: ['putin' as ActorId], verbatimOnly: true });
    const filtered = JSON.parse(buildDownload('csl-json', model, putin.statements, linkTo).text) as { id: string }[];
    expect(filtered.map((i) => i.id)).toEqual(putin.statements);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(items.length);
  });

  it('describes a quote as a speech by its speaker, dated to its precision, in its source', () => {
    const model = bundled();
    const [item] = JSON.parse(buildDownload('csl-json', model, ['putin-these-30-days' as never], linkTo).text);
    expect(item).toMatchObject({
      id: 'putin-these-30-days',
      type: 'speech',
      author: [{ given: 'Vladimir', family: 'Putin' }],
      issued: { 'date-parts': [[2025, 3, 13]] },
      'container-title': expect.stringContaining('News article on Putin’s ceasefire answer'),
      URL: expect.stringMatching(/^https:\/\//),
      accessed: { 'date-parts': [[2026, 11, 26]] },
      note: expect.stringContaining('Translated from Russian.'),
    });
    expect(item.abstract).toBe(model.statements.get('putin-these-30-days' as never)?.text);
    expect(item.note).toContain('Parley: https://parley.example/?statement=putin-these-30-days');
  });
});

describe('the CSV download', () => {
  it('reads back, with a papaparse round trip, as one row per quote with the exact text', () => {
    const model = bundled();
    const ids = selectVisibleItems(model, filters).statements;
    const csv = buildDownload('csv', model, ids, linkTo).text;
    expect(csv.startsWith('\ufeffid,speaker,')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.id)).toEqual(ids);
    for (const row of rows) expect(row.text).toBe(model.statements.get(row.id as never)?.text);
  });

  it('quotes cells with commas, quotes and new lines, and keeps a formula from running', () => {
    expect(escapeCsvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(escapeCsvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(escapeCsvCell('-1')).toBe("'-1");
    expect(escapeCsvCell(undefined)).toBe('');
  });
});
