import { describe, expect, it } from 'vitest';
import { runImport, IMPORT_USAGE, type ImportIo } from './run-import.ts';
import { validateModel } from '../src/model/validate-model.ts';
import { validModel } from '../src/testing/fixtures/valid-model.ts';

const encode = (text: string) => new TextEncoder().encode(text);

function createIo(files: Record<string, string | Uint8Array>, folders: Record<string, string[]> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: ImportIo = {
    readFile: async (path) => {
      const file = files[path];
      if (file === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return typeof file === 'string' ? encode(file) : file;
    },
    writeFile: async (path, text) => {
      written[path] = text;
    },
    listCsvFiles: async (path) => folders[path],
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    today: '2025-04-01',
  };
  return { io, out, err, written };
}

const timeline = JSON.stringify({
  events: [
    { start_date: { year: 2025, month: 3 }, text: { headline: 'Talks' }, media: { url: 'https://example.org/a', credit: 'Agency' } },
    { start_date: { year: -44 }, text: { headline: 'Ides' } },
  ],
});

describe('runImport', () => {
  it('writes <name>.parley.json beside a TimelineJS file, prints every note and exits 0 for a valid model', async () => {
    const { io, out, written } = createIo({ 'stories/tl.json': timeline });
    expect(await runImport(['--', 'stories/tl.json'], io)).toBe(0);
    const model = JSON.parse(written['stories/tl.parley.json'] ?? 'null');
    expect(validateModel(model).ok).toBe(true);
    expect(out).toContain('events[0].media.credit: note: not carried over (no place for it in parley/1)');
    expect(out.some((line) => line.startsWith('events[1].start_date.year: note: year -44 is 44 BCE'))).toBe(true);
    expect(out.at(-1)).toMatch(/^wrote stories\/tl\.parley\.json from TimelineJS: 1 event, 0 statements, 0 actors, 1 source; \d+ notes, 0 errors, 0 warnings$/);
  });

  it('writes where -o says, and to standard output with -o - (the report then going to standard error)', async () => {
    const { io, out, err, written } = createIo({ 'tl.json': timeline });
    expect(await runImport(['tl.json', '-o', 'out/model.json', '--offset', '+02:00'], io)).toBe(0);
    expect(Object.keys(written)).toEqual(['out/model.json']);
    const piped = createIo({ 'tl.json': timeline });
    expect(await runImport(['tl.json', '-o', '-'], piped.io)).toBe(0);
    expect(JSON.parse(piped.out.join('\n')).format).toBe('parley/1');
    expect(piped.err.at(-1)).toMatch(/^converted from TimelineJS/);
    expect(out.length + err.length).toBeGreaterThan(0);
  });

  it('converts the CSV files of a folder together, naming rows in its problems, and exits 1 when the model has errors', async () => {
    const { io, out, written } = createIo(
      {
        'm/actors.csv': 'id,name,kind\nines-vale,Ines Vale,person\n',
        'm/statements.csv': 'id,speaker,date,text,mode\ns1,ines-val,2025-03-12,"Words, with a comma.",verbatim\n',
      },
      { m: ['m/actors.csv', 'm/statements.csv'] },
    );
    expect(await runImport(['m'], io)).toBe(1);
    expect(written['m/model.parley.json']).toBeDefined();
    expect(out).toContain('m/statements.csv row 2 (statements[0].speaker in the converted model): error: unknown actor id "ines-val"; expected an actor id — did you mean "ines-vale"?');
    expect(out.at(-1)).toContain('1 error');
  });

  it('refuses what it cannot convert with exit code 2, writing nothing', async () => {
    const cases: [string[], Record<string, string | Uint8Array>, RegExp][] = [
      [[], {}, /^usage:/],
      [['x.json', '--offset', '2 hours'], { 'x.json': timeline }, /--offset 2 hours: expected Z or an offset/],
      [['missing.json'], {}, /missing\.json: cannot read: ENOENT/],
      [['latin1.csv'], { 'latin1.csv': new Uint8Array([0x59, 0x65, 0x61, 0x72, 0x0a, 0xe9]) }, /not UTF-8 text/],
      [['people.csv'], { 'people.csv': 'who,when\na,b\n' }, /has columns neither of TimelineJS's spreadsheet/],
      [['model.json'], { 'model.json': JSON.stringify(validModel()) }, /already a Parley model/],
      [['x.json', '-o', 'x.json'], { 'x.json': timeline }, /would overwrite an input/],
    ];
    for (const [args, files, message] of cases) {
      const { io, err, written } = createIo(files);
      expect(await runImport(args, io)).toBe(2);
      expect(err.join('\n')).toMatch(message);
      expect(written).toEqual({});
    }
    const { io, err } = createIo({});
    await runImport(['--help'], io);
    expect(err.join('\n')).toBe(IMPORT_USAGE);
  });
});
