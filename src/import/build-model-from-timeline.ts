import { getOwn, isRecord } from '../model/loose-json.ts';
import type { ActorEntry, EventEntry, ModelFile, SourceEntry } from '../model/model-file-schema.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import { createIdAllocator } from './create-id-allocator.ts';
import { describeModelDefaults } from './describe-model-defaults.ts';
import { htmlToText } from './html-to-text.ts';
import type { ConversionResult, ConvertOptions, ImportFormat, ImportNote } from './import-types.ts';
import type { LocatedSlide, TimelineInput } from './located-slide.ts';
import { readTimelineDate } from './read-timeline-date.ts';
import { createSourceBook } from './create-source-book.ts';

const SLIDE_KEYS = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id']);
const TEXT_KEYS = new Set(['headline', 'text']);
const MEDIA_KEYS = new Set(['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target']);
const EVENT_KIND = 'event';
const MAX_TITLE = 120;

const asText = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const isBlank = (value: unknown) => asText(value).trim() === '';
/** A value that says something: not blank, and not an object of blanks (sheets write empty parts as ""). */
const hasContent = (value: unknown): boolean =>
  isRecord(value) ? Object.values(value).some(hasContent) : Array.isArray(value) ? value.length > 0 : typeof value === 'boolean' || !isBlank(value);

/** The first words of a text, as a stand-in title. */
function shorten(text: string, max = MAX_TITLE): string {
  const line = text.split('\n')[0]?.trim() ?? '';
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** The event's own record of what TimelineJS showed as its date, which parley/1 shows from the value. */
function displayDateNote(displayDates: readonly string[]): string | undefined {
  const unique = [...new Set(displayDates)];
  if (unique.length === 0) return undefined;
  return `TimelineJS showed the date as ${unique.map((d) => `“${d}”`).join(' – ')}.`;
}

/**
 * A TimelineJS timeline → a parley/1 model. Events keep their TimelineJS ids where they have them
 * (`unique_id`, slugged), else get one from the headline; headlines become titles and texts summaries,
 * as plain text; links in a text and media URLs become sources; each group becomes an actor of kind
 * `group` taking part in its events. Whatever has no place in parley/1 is a note, never dropped silently.
 */
export function buildModelFromTimeline(input: TimelineInput, options: ConvertOptions, format: ImportFormat, formatName: string): ConversionResult {
  const notes: ImportNote[] = [...input.notes];
  const note = (at: string, message: string) => notes.push({ at, message });
  const ids = createIdAllocator();
  const sources = createSourceBook(ids);
  const actors: ActorEntry[] = [];
  const actorByGroup = new Map<string, string>();
  const origins: Record<string, string> = {};

  // Ids of events first, in file order, so that an event keeps the id its TimelineJS links used even
  // when a group or a source would slug to the same word.
  const eventIds = input.events.map(({ slide, at }, index) => {
    const uniqueId = asText(getOwn(slide, 'unique_id')).trim();
    const headline = isRecord(slide.text) ? htmlToText(asText(slide.text.headline)).text : '';
    const { id, slugged, suffixed } = ids.allocate(uniqueId || headline, `event-${index + 1}`);
    if (uniqueId && slugged) note(at('unique_id'), `"${uniqueId}" became the id "${id}" (ids are lowercase letters, digits and "-")`);
    if (suffixed) note(uniqueId ? at('unique_id') : at('text.headline'), `the id "${id}" was made unique with a number; another item had the id it would have had`);
    return id;
  });

  const events: EventEntry[] = [];
  input.events.forEach((located, index) => {
    const event = convertSlide(located, eventIds[index] ?? `event-${index + 1}`);
    if (!event) return;
    origins[`events[${events.length}]`] = located.origin;
    events.push(event);
  });

  function actorFor(group: string, at: string): string {
    const name = htmlToText(group).text || group.trim();
    const existing = actorByGroup.get(name);
    if (existing) return existing;
    const { id } = ids.allocate(name, 'group');
    actorByGroup.set(name, id);
    origins[`actors[${actors.length}]`] = at;
    actors.push({ id, name, kind: 'group' });
    note(at, `the group "${name}" became the actor "${id}" of kind "group", taking part in its events; change its kind to person, state or organization where that fits`);
    return id;
  }

  function convertSlide({ slide, at, origin }: LocatedSlide, id: string): EventEntry | undefined {
    for (const key of Object.keys(slide)) {
      if (!SLIDE_KEYS.has(key)) note(at(key), 'not carried over (not a field of a TimelineJS slide)');
    }
    const start = readTimelineDate(slide.start_date, options.utcOffset);
    for (const n of start.notes) note(at(`start_date.${n.field}`), n.message);
    if (start.date === undefined) {
      note(at(`start_date${start.problemField ? `.${start.problemField}` : ''}`), `${start.problem ?? 'no start date'}; the event was left out`);
      return undefined;
    }
    const displayDates: string[] = [];
    if (start.displayDate) displayDates.push(start.displayDate);

    let end: string | undefined;
    if (hasContent(slide.end_date)) {
      const reading = readTimelineDate(slide.end_date, options.utcOffset);
      for (const n of reading.notes) note(at(`end_date.${n.field}`), n.message);
      if (reading.date === undefined) {
        note(at(`end_date${reading.problemField ? `.${reading.problemField}` : ''}`), `${reading.problem ?? 'no end date'}; the end date was left out`);
      } else if ((parsePartialDate(reading.date)?.end ?? 0) <= (parsePartialDate(start.date)?.start ?? 0)) {
        note(at('end_date'), `the end ${reading.date} is before the start ${start.date}; the end date was left out`);
      } else if (reading.date !== start.date) {
        end = reading.date;
      }
      if (reading.displayDate) displayDates.push(reading.displayDate);
    }
    if (!isBlank(slide.display_date)) displayDates.splice(0, displayDates.length, asText(slide.display_date).trim());

    const text = isRecord(slide.text) ? slide.text : {};
    if (slide.text !== undefined && !isRecord(slide.text)) note(at('text'), 'not carried over (expected a text object with headline and text)');
    for (const key of Object.keys(text)) if (!TEXT_KEYS.has(key)) note(at(`text.${key}`), 'not carried over (not a field of a TimelineJS text)');
    const headline = htmlToText(asText(text.headline));
    const body = htmlToText(asText(text.text));
    for (const what of headline.dropped) note(at('text.headline'), `${what} was left out`);
    for (const what of body.dropped) note(at('text.text'), `${what} was left out; only the text is carried over`);
    const eventSources = [
      ...headline.links.map((link) => sources.addLink(link, at('text.headline'), note)),
      ...body.links.map((link) => sources.addLink(link, at('text.text'), note)),
    ].filter((s): s is string => s !== undefined);

    let title = headline.text;
    if (!title) {
      title = body.text ? shorten(body.text) : `Untitled event (${origin})`;
      note(at('text.headline'), `no headline; the title is ${body.text ? 'the opening of the text' : `"${title}"`}. Write a title of your own`);
    } else if (title.length > MAX_TITLE * 2) {
      note(at('text.headline'), `a headline of ${title.length} characters; the app shows titles best under ${MAX_TITLE}`);
    }

    if (hasContent(slide.media)) {
      const media = isRecord(slide.media) ? slide.media : undefined;
      if (!media) note(at('media'), 'not carried over (expected a media object with a url)');
      else {
          for (const key of Object.keys(media)) if (!MEDIA_KEYS.has(key)) note(at(`media.${key}`), 'not carried over (not a field of a TimelineJS media object)');
        const sourceId = sources.addMedia(media, at, note);
        if (sourceId) eventSources.push(sourceId);
        for (const key of ['credit', 'thumbnail', 'alt', 'title', 'link', 'link_target'] as const) {
          if (!isBlank(media[key])) note(at(`media.${key}`), 'not carried over (no place for it in parley/1)');
        }
      }
    }
    if (hasContent(slide.background)) {
      note(at('background'), 'not carried over (parley/1 has no slide backgrounds)');
    }
    if (slide.autolink !== undefined && slide.autolink !== true) note(at('autolink'), 'not carried over (the app links only what a model names as a source)');

    const event: EventEntry = { id, title, start: start.date, ...(end && { end }), kind: EVENT_KIND };
    if (body.text) event.summary = body.text;
    const group = asText(slide.group).trim();
    if (group) event.participants = [{ actor: actorFor(group, at('group')) }];
    const unique = [...new Set(eventSources)];
    if (unique.length > 0) event.sources = unique;
    const shownAs = displayDateNote(displayDates);
    if (shownAs) {
      event.note = shownAs;
      note(at(isBlank(slide.display_date) ? 'start_date.display_date' : 'display_date'), `kept in the event's note ("${shownAs}"); the app shows dates from their value`);
    }
    return event;
  }

  input.eras.forEach(({ slide, at }) => {
    const headline = isRecord(slide.text) ? htmlToText(asText(slide.text.headline)).text : '';
    const from = readTimelineDate(slide.start_date).date ?? '?';
    const to = readTimelineDate(slide.end_date).date ?? '?';
    note(at('text.headline'), `the era ${headline ? `"${headline}" ` : ''}(${from} to ${to}) is not carried over: parley/1 has no eras. Make it an event if it matters to the story`);
  });

  const titleSlide = input.title?.slide;
  const titleText = isRecord(titleSlide?.text) ? titleSlide.text : {};
  const title = htmlToText(asText(titleText.headline)).text;
  const description = htmlToText(asText(titleText.text)).text;
  if (input.title) {
    const { at } = input.title;
    for (const key of Object.keys(input.title.slide)) {
      if (key === 'text') continue;
      if (!hasContent(input.title.slide[key])) continue;
      note(at(key), key === 'media' ? 'not carried over (a model has no title media; make it a source of an event if it documents one)' : 'not carried over (no place for it on a parley/1 model)');
    }
  }
  const defaults = describeModelDefaults({ fileName: input.fileName, title, description, format: formatName, options });
  notes.push(...defaults.notes);
  if (events.length > 0) notes.push({ at: 'events', message: `every event has the kind "${EVENT_KIND}", as TimelineJS has no kinds; change it to talks, meeting, call, proposal, statement… where that fits` });

  const model: ModelFile = {
    format: 'parley/1',
    ...defaults.root,
    ...(actors.length > 0 && { actors }),
    events,
    ...(sources.list.length > 0 && { sources: sources.list as SourceEntry[] }),
  };
  // The TimelineJS record of a source is its first use; sources have no row of their own.
  sources.list.forEach((_, index) => {
    origins[`sources[${index}]`] = sources.origins[index] ?? '';
  });
  return { format, formatName, model, notes, origins };
}

