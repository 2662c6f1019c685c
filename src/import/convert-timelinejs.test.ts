import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertToModel } from './convert-to-model.ts';
import { validateModel } from '../model/validate-model.ts';
import type { ConversionResult } from './import-types.ts';

const TODAY = { today: '2025-04-01' };
const convert = (timeline: unknown, options = {}) => convertToModel('timeline.json', JSON.stringify(timeline), { ...TODAY, ...options });
const slide = (start: Record<string, unknown>, headline: string, extra: Record<string, unknown> = {}) => ({ start_date: start, text: { headline }, ...extra });
const notesAt = (result: ConversionResult, at: string) => result.notes.filter((n) => n.at === at).map((n) => n.message);
const eventsOf = (result: ConversionResult) => result.model.events ?? [];

describe('convertToModel on TimelineJS JSON', () => {
  it('converts the sample timeline into a model the validator accepts', () => {
    const text = readFileSync(new URL('../testing/fixtures/import/timelinejs-timeline.json', import.meta.url), 'utf8');
    const result = convertToModel('timelinejs-timeline.json', text, TODAY);
    expect(result.format).toBe('timelinejs');
    const validation = validateModel(result.model);
    expect(validation.ok ? [] : validation.problems).toEqual([]);
    expect(result.model.title).toBe('Aster & Borea: the harbour talks');
    expect(result.model.updated).toBe('2025-04-01');
  });

  it('keeps a year-only date a year and a month-only date a month, written as numbers or strings', () => {
    const result = convert({ events: [slide({ year: 2024 }, 'A year'), slide({ year: '2024', month: '8' }, 'A month'), slide({ year: 650 }, 'Early')] });
    expect(eventsOf(result).map((e) => e.start)).toEqual(['2024', '2024-08', '0650']);
  });

  it('carries an end date, and leaves out one before the start with a note', () => {
    const result = convert({
      events: [
        slide({ year: 2025, month: 3, day: 11 }, 'Two days', { end_date: { year: 2025, month: 3, day: 12 } }),
        slide({ year: 2025, month: 3, day: 11 }, 'Backwards', { end_date: { year: 2025, month: 3, day: 1 } }),
      ],
    });
    const [two, backwards] = eventsOf(result);
    expect(two?.end).toBe('2025-03-12');
    expect(backwards?.end).toBeUndefined();
    expect(notesAt(result, 'events[1].end_date')).toEqual([expect.stringContaining('is before the start')]);
  });

  it('keeps display_date in the event note and says so', () => {
    const result = convert({ events: [slide({ year: 1776, display_date: 'Summer 1776' }, 'Declaration')] });
    expect(eventsOf(result)[0]?.note).toBe('TimelineJS showed the date as “Summer 1776”.');
    expect(notesAt(result, 'events[0].start_date.display_date')).toHaveLength(1);
  });

  it('reduces HTML to plain text, makes its http(s) links sources and reports other links', () => {
    const result = convert({
      events: [
        slide({ year: 2025 }, '<b>Bold</b> &amp; plain', {
          text: {
            headline: '<b>Bold</b> &amp; plain',
            text: '<p>See <a href="https://example.org/a">the report</a>.</p><p>Or <a href="javascript:alert(1)">this</a> and <a href="https://example.org/a">again</a>.</p>',
          },
        }),
      ],
    });
    const [event] = eventsOf(result);
    expect(event?.title).toBe('Bold & plain');
    expect(event?.summary).toBe('See the report.\n\nOr this and again.');
    expect(result.model.sources).toEqual([{ id: 'example-org-the-report', title: 'the report', url: 'https://example.org/a' }]);
    expect(event?.sources).toEqual(['example-org-the-report']);
    expect(notesAt(result, 'events[0].text.text')).toEqual(['the link to "javascript:alert(1)" is not carried over: only http and https links become sources']);
  });

  it('makes a link in a headline a source of its event too', () => {
    const result = convert({ events: [slide({ year: 2025 }, 'Talks <a href="https://example.org/t">reported</a>')] });
    expect(eventsOf(result)[0]).toMatchObject({ title: 'Talks reported', sources: ['example-org-reported'] });
  });

  it('turns a <script> into nothing but a note: the summary is inert text without the code', () => {
    const result = convert({
      events: [slide({ year: 2025 }, 'Scripted', { text: { headline: 'Scripted', text: 'Before<script>alert("x")</script> after<style>p{}</style><iframe src="https://evil.test"></iframe>' } })],
    });
    const summary = eventsOf(result)[0]?.summary;
    expect(summary).toBe('Before after');
    expect(summary).not.toMatch(/[<>]|alert/);
    expect(notesAt(result, 'events[0].text.text')).toEqual([
      'a <script> element was left out; only the text is carried over',
      'a <style> element was left out; only the text is carried over',
      'a <iframe> element was left out; only the text is carried over',
    ]);
  });

  it('gives an event without unique_id an id from its headline, and duplicate headlines distinct ids', () => {
    const result = convert({ events: [slide({ year: 2025 }, 'Talks in Port Lune'), slide({ year: 2025, month: 4 }, 'Talks in Port Lune')] });
    expect(eventsOf(result).map((e) => e.id)).toEqual(['talks-in-port-lune', 'talks-in-port-lune-2']);
    expect(notesAt(result, 'events[1].text.headline')).toEqual([expect.stringContaining('made unique with a number')]);
  });

  it('slugs a unique_id, and lets events keep their ids over groups that slug to the same word', () => {
    const result = convert({ events: [slide({ year: 2025 }, 'A', { unique_id: 'Aster', group: 'Aster' }), slide({ year: 2025 }, 'B', { unique_id: 'b-2' })] });
    expect(eventsOf(result).map((e) => e.id)).toEqual(['aster', 'b-2']);
    expect(result.model.actors).toEqual([{ id: 'aster-2', name: 'Aster', kind: 'group' }]);
    expect(notesAt(result, 'events[0].unique_id')).toEqual([expect.stringContaining('"Aster" became the id "aster"')]);
  });

  it('makes each group one actor of kind group that takes part in its events', () => {
    const result = convert({ events: [slide({ year: 2025 }, 'A', { group: 'Borea' }), slide({ year: 2026 }, 'B', { group: 'Borea' })] });
    expect(result.model.actors).toEqual([{ id: 'borea', name: 'Borea', kind: 'group' }]);
    expect(eventsOf(result).map((e) => e.participants)).toEqual([[{ actor: 'borea' }], [{ actor: 'borea' }]]);
    expect(notesAt(result, 'events[0].group')).toHaveLength(1);
  });

  it('reports each era as a note, as parley/1 has no eras', () => {
    const result = convert({ events: [slide({ year: 2025 }, 'A')], eras: [{ start_date: { year: 600 }, end_date: { year: 650 }, text: { headline: 'Early' } }] });
    expect(notesAt(result, 'eras[0].text.headline')).toEqual([expect.stringContaining('the era "Early" (0600 to 0650) is not carried over')]);
  });

  it('reports a BCE year and leaves its event out instead of guessing a date', () => {
    const result = convert({ events: [slide({ year: -500 }, 'Ancient'), slide({ year: 0 }, 'Zero'), slide({ year: 2025 }, 'Modern')] });
    expect(eventsOf(result).map((e) => e.title)).toEqual(['Modern']);
    expect(notesAt(result, 'events[0].start_date.year')).toEqual([expect.stringMatching(/year -500 is 500 BCE.*left out/)]);
    expect(notesAt(result, 'events[1].start_date.year')).toEqual([expect.stringMatching(/year 0 .*left out/)]);
    expect(result.origins['events[0]']).toBe('events[2]');
  });

  it('keeps a time only when the UTC offset is known', () => {
    const timeline = { events: [slide({ year: 2015, month: 7, day: 14, hour: 7, minute: 2 }, 'Deal')] };
    const without = convert(timeline);
    expect(eventsOf(without)[0]?.start).toBe('2015-07-14');
    expect(notesAt(without, 'events[0].start_date.hour')).toEqual([expect.stringContaining('has no UTC offset')]);
    expect(eventsOf(convert(timeline, { utcOffset: '+02:00' }))[0]?.start).toBe('2015-07-14T07:02+02:00');
  });

  it('reports a month or a day that does not exist, naming the field', () => {
    const result = convert({ events: [slide({ year: 2025, month: 13 }, 'A'), slide({ year: 2025, month: 2, day: 30 }, 'B')] });
    expect(eventsOf(result)).toEqual([]);
    expect(notesAt(result, 'events[0].start_date.month')).toEqual([expect.stringContaining('month 13 does not exist')]);
    expect(notesAt(result, 'events[1].start_date.day')).toEqual([expect.stringContaining('February 2025 has 28 days')]);
  });

  it('reports every field it does not carry over, by its path', () => {
    const result = convert({
      events: [slide({ year: 2025 }, 'A', { media: { url: 'https://example.org/p.jpg', credit: 'Agency', caption: 'Cap' }, background: { color: '#fff' }, colour: 'red' })],
      extra: 1,
    });
    const paths = result.notes.map((n) => n.at);
    expect(paths).toEqual(expect.arrayContaining(['extra', 'events[0].colour', 'events[0].media.credit', 'events[0].background']));
    expect(notesAt(result, 'events[0].media.credit')).toEqual(['not carried over (no place for it in parley/1)']);
  });

  it('takes the title slide for the model title and description, and says what it filled in otherwise', () => {
    const titled = convert({ title: { text: { headline: 'My <i>story</i>', text: '<p>About it.</p>' } }, events: [] });
    expect([titled.model.title, titled.model.description]).toEqual(['My story', 'About it.']);
    const untitled = convert({ events: [slide({ year: 2025 }, 'A')] });
    expect(untitled.model.title).toBe('timeline');
    expect(untitled.notes.map((n) => n.at)).toEqual(expect.arrayContaining(['title', 'description', 'language']));
  });

  it('accounts for every slide: converted, or left out with a note, and the result always validates', () => {
    const date = fc.record(
      { year: fc.oneof(fc.integer({ min: -3000, max: 12000 }), fc.constantFrom('2024', ' 1,999 ', 'x')), month: fc.integer({ min: 0, max: 13 }), day: fc.integer({ min: 0, max: 32 }), hour: fc.integer({ min: 0, max: 25 }) },
      { requiredKeys: ['year'] },
    );
    const arbitrarySlide = fc.record(
      { start_date: date, end_date: date, text: fc.record({ headline: fc.string(), text: fc.string() }, { requiredKeys: [] }), group: fc.string(), unique_id: fc.string() },
      { requiredKeys: ['start_date'] },
    );
    fc.assert(
      fc.property(fc.array(arbitrarySlide, { maxLength: 8 }), fc.constantFrom(undefined, 'Z', '+05:30'), (events, utcOffset) => {
        const result = convert({ events }, utcOffset ? { utcOffset } : {});
        const validation = validateModel(result.model);
        expect(validation.ok ? [] : validation.problems).toEqual([]);
        const leftOut = result.notes.filter((n) => n.message.endsWith('the event was left out')).length;
        expect(eventsOf(result).length + leftOut).toBe(events.length);
      }),
      { numRuns: 200 },
    );
  });
});
