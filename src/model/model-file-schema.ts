import * as z from 'zod/mini';
import { PARTIAL_DATE_PATTERN } from './partial-date.ts';

/**
 * The parley/1 model file, described with zod as the single source of truth for its shape.
 * No transforms: `z.toJSONSchema(modelFileSchema)` is the published JSON Schema, and dates, references
 * and warnings are checked in separate passes (validate-model.ts).
 * Written with zod/mini, whose functions tree-shake, to keep zod's share of the app bundle small.
 */

/** What a field expects, in curator words; read by formatZodIssues, kept out of the JSON Schema. */
export const expectations = z.registry<{ expected: string }>();

function expecting<T extends z.ZodMiniType>(schema: T, expected: string): T {
  expectations.add(schema, { expected });
  return schema;
}

/**
 * A copy of the schema carrying JSON Schema metadata, as classic zod's `.describe()` and `.meta()`
 * make one: the copy inherits the original's registered metadata (such as its expectation) and
 * leaves the original, which other fields share, undescribed.
 */
function describe<T extends z.ZodMiniType>(schema: T, meta: string | z.core.GlobalMeta): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, typeof meta === 'string' ? { description: meta } : meta);
  return copy;
}

export const ID_PATTERN = '^[a-z0-9][a-z0-9_-]*$';
export const ID_MAX_LENGTH = 64;
export const URL_PATTERN = '^https?://[^\\s/?#]+[^\\s]*$';
export const LANGUAGE_PATTERN = '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$';

export const PARTIAL_DATE_EXPECTED =
  'a partial date like 2025, 2025-03, 2025-03-13 or 2025-03-13T18:43+03:00';

const pattern = (source: string) => z.string().check(z.regex(new RegExp(source)));

const id = expecting(
  z.string().check(z.regex(new RegExp(ID_PATTERN)), z.maxLength(ID_MAX_LENGTH)),
  'an id of lowercase letters, digits, "-" and "_" starting with a letter or digit, like "putin" or "talks-2025-03-11"',
);
const ref = (kind: string) => describe(id, `The id of ${kind} in this file.`);
const partialDate = expecting(pattern(PARTIAL_DATE_PATTERN), PARTIAL_DATE_EXPECTED);
const httpUrl = expecting(pattern(URL_PATTERN), 'an absolute http or https URL like "https://example.org/page"');
const language = expecting(pattern(LANGUAGE_PATTERN), 'a BCP 47 language tag like "en", "uk" or "pt-BR"');
const text = expecting(z.string().check(z.minLength(1)), 'a non-empty string');
// A multiple of 1, not z.int(): the same rule, without zod's number formats in the app's initial JS
// (1.3 KB); `type` makes the JSON Schema say "integer" all the same.
const wholeNumber = expecting(z.number().check(z.multipleOf(1)), 'a whole number like 1, 2 or -1');
const sameStartOrder = (items: string) =>
  describe(z.optional(wholeNumber), {
    type: 'integer',
    description: `Orders ${items} that start together (say, the same day without a time): lower first, absent = 0. Claims no clock time.`,
    examples: [1, 2],
  });

export const actorSchema = describe(z.strictObject({
  id: describe(id, 'Unique id of the actor (unique across the whole file).'),
  name: describe(text, 'Display name, e.g. "Vladimir Putin".'),
  kind: describe(z.enum(['person', 'state', 'organization', 'group']), 'What kind of actor this is.'),
  title: describe(z.optional(text), 'Role or office, e.g. "President of Russia".'),
  affiliations: describe(z.optional(z.array(ref('an actor'))), 'Actors this actor belongs to or represents (actor ids).'),
  aliases: describe(z.optional(z.array(text)), 'Other names the actor is known by.'),
  description: describe(z.optional(text), 'A short description.'),
}), 'A person, state, organization or group.');

export const eventSchema = describe(z.strictObject({
  id: describe(id, 'Unique id of the event (unique across the whole file).'),
  title: describe(text, 'Short title, e.g. "US–Ukraine talks in Jeddah".'),
  start: describe(partialDate, 'When the event happened or began, as precisely as known.'),
  end: describe(z.optional(partialDate), 'When a multi-day event ended (inclusive, as precisely as known).'),
  order: sameStartOrder('events'),
  kind: describe(text, {
    description: 'What kind of event: a free word; common values are talks, meeting, visit, call, proposal, statement, military, agreement.',
    examples: ['talks', 'meeting', 'visit', 'call', 'proposal', 'statement', 'military', 'agreement'],
  }),
  summary: describe(z.optional(text), 'What happened, in a few sentences.'),
  location: describe(z.optional(z.strictObject({
    name: describe(text, 'Place name, e.g. "Jeddah, Saudi Arabia".'),
    lat: describe(z.optional(z.number().check(z.gte(-90), z.lte(90))), 'Latitude in degrees (WGS 84).'),
    lon: describe(z.optional(z.number().check(z.gte(-180), z.lte(180))), 'Longitude in degrees (WGS 84).'),
  })), 'Where it happened.'),
  participants: describe(z.optional(z.array(describe(z.strictObject({
    actor: ref('an actor'),
    role: describe(z.optional(text), 'The part the actor played, e.g. "host", "mediator".'),
  }), 'An actor taking part.'))), 'Actors taking part.'),
  sources: describe(z.optional(z.array(ref('a source'))), 'Sources for this event (source ids).'),
  related: describe(z.optional(z.array(describe(z.strictObject({
    event: ref('an event'),
    relation: describe(text, {
      description: 'How this event relates to the other, e.g. follows, responds-to, reports-on.',
      examples: ['follows', 'responds-to', 'reports-on'],
    }),
  }), 'A link to another event.'))), 'Links to other events.'),
  note: describe(z.optional(text), 'A curator note, e.g. about conflicting reports.'),
}), 'Something that happened: talks, a call, a proposal, an agreement…');

export const statementSchema = describe(z.strictObject({
  id: describe(id, 'Unique id of the statement (unique across the whole file).'),
  speaker: describe(ref('an actor'), 'Who said it (an actor id).'),
  date: describe(partialDate, 'When it was said, as precisely as known.'),
  order: sameStartOrder('statements'),
  text: describe(text, 'What was said.'),
  mode: describe(z.enum(['verbatim', 'paraphrase']), 'Whether `text` is a quotation or a paraphrase.'),
  event: describe(z.optional(ref('an event')), 'The occasion it was said at (an event id).'),
  about: describe(z.optional(z.array(id)), 'Ids of the events, actors or statements it refers to.'),
  language: describe(z.optional(language), 'BCP 47 language tag of the original utterance.'),
  translated: describe(z.optional(z.boolean()), 'True when `text` is a translation from `language`.'),
  setting: describe(z.optional(text), 'Where or how it was said, e.g. "press conference", "on X".'),
  source: describe(z.optional(z.strictObject({
    source: ref('a source'),
    locator: describe(z.optional(text), 'Where in the source, e.g. a page, timestamp or paragraph.'),
  })), 'Where the statement is documented.'),
  note: describe(z.optional(text), 'A curator note.'),
}), 'Something an actor said.');

export const sourceSchema = describe(z.strictObject({
  id: describe(id, 'Unique id of the source (unique across the whole file).'),
  title: describe(text, 'Title of the article, transcript or document.'),
  publisher: describe(z.optional(text), 'Who published it, e.g. "Reuters".'),
  url: describe(z.optional(httpUrl), 'Where it can be read (http or https).'),
  archived: describe(z.optional(httpUrl), 'An archived copy (http or https), e.g. on the Wayback Machine.'),
  published: describe(z.optional(partialDate), 'When it was published.'),
  accessed: describe(z.optional(partialDate), 'When the curator last read it.'),
}), 'A document that events and statements rest on.');

/** What a position says of a topic, from making the proposal to rejecting it (README "Positions"). */
export const STANCES = ['proposes', 'supports', 'conditional', 'noncommittal', 'opposes'] as const;

export const topicSchema = describe(z.strictObject({
  id: describe(id, 'Unique id of the topic (unique across the whole file).'),
  title: describe(text, 'The question positions are taken on, e.g. "A general 30-day ceasefire".'),
  description: describe(z.optional(text), 'What exactly is at issue, in a sentence or two.'),
}), 'A question that actors take positions on.');

export const positionSchema = describe(z.strictObject({
  id: describe(id, 'Unique id of the position (unique across the whole file).'),
  actor: describe(ref('an actor'), 'Whose position it is (an actor id).'),
  topic: describe(ref('a topic'), 'What it is a position on (a topic id).'),
  stance: describe(z.enum(STANCES), 'proposes, supports, conditional ("yes, if …", with conditions), noncommittal (neither yes nor no) or opposes.'),
  date: describe(partialDate, 'From when it holds, until the same actor\'s next position on the same topic.'),
  evidence: describe(
    expecting(z.array(ref('a statement')).check(z.minLength(1)), 'one or more statement ids, like ["vale-ready"]'),
    'The statements that show the position (statement ids, at least one).',
  ),
  conditions: describe(z.optional(z.array(text)), 'For a conditional stance: the conditions, in the curator\'s words.'),
  note: describe(z.optional(text), 'A curator note.'),
}), 'Where an actor stands on a topic from a date on, backed by statements.');

/** A window of time to show; story steps (issue 12) can reuse these fields with a title and text. */
export const viewWindowFields = {
  from: describe(partialDate, 'Start of the window: the start of this date, e.g. "2025-03-09".'),
  to: describe(partialDate, 'End of the window, inclusive ("2025-03-20" shows all of 20 March); not before `from`.'),
};

/** Something to open in the detail panel: at most one of the three (the validator checks). */
export const viewSelectionFields = {
  event: describe(z.optional(ref('an event')), 'An event to open in the detail panel (at most one of event, statement, actor).'),
  statement: describe(z.optional(ref('a statement')), 'A statement to open in the detail panel (at most one of event, statement, actor).'),
  actor: describe(z.optional(ref('an actor')), 'An actor to open in the detail panel (at most one of event, statement, actor).'),
};

export const viewSchema = describe(
  z.strictObject({ ...viewWindowFields, ...viewSelectionFields }),
  'What the timeline opens on when its link names no view: a window, and at most one thing selected. A link\'s own view wins; "Fit all" still shows everything.',
);

/** The filters a story step sets (those it leaves out are cleared), as the URL's actors, kinds, verbatim, since and until. */
export const storyFiltersSchema = describe(z.strictObject({
  actors: describe(z.optional(z.array(ref('an actor'))), 'Only what these actors take part in or say.'),
  kinds: describe(z.optional(z.array(text)), 'Only events of these kinds.'),
  verbatim: describe(z.optional(z.boolean()), 'Only verbatim quotes.'),
  since: describe(z.optional(partialDate), 'Only what is dated on or after this.'),
  until: describe(z.optional(partialDate), 'Only what is dated on or before this.'),
}), 'Filters for this step.');

export const storyStepSchema = describe(z.strictObject({
  title: describe(text, 'Short heading of the step.'),
  text: describe(text, 'A few sentences, in the curator\'s own words.'),
  ...viewWindowFields,
  ...viewSelectionFields,
  filters: z.optional(storyFiltersSchema),
}), 'One step: a caption, a window and optionally a selection and filters.');

export const storySchema = describe(z.strictObject({
  steps: describe(z.array(storyStepSchema), 'The steps, in reading order; with none, there is no story.'),
}), 'A guided walk through the timeline, step by step (the "Story" button).');

export const modelFileSchema = describe(z.strictObject({
  $schema: describe(z.optional(z.string()), 'URL of this JSON Schema, for editors.'),
  format: describe(z.literal('parley/1'), 'The file format and its version: always "parley/1".'),
  id: describe(id, 'A short slug naming this model, e.g. "ukraine-ceasefire-2025".'),
  title: describe(text, 'Title shown above the timeline.'),
  description: describe(text, 'What the timeline covers.'),
  language: describe(language, 'BCP 47 language tag of the texts in this file, e.g. "en".'),
  updated: describe(partialDate, 'When the file was last curated.'),
  license: describe(z.optional(text), 'License of the compilation, e.g. "CC-BY-4.0".'),
  view: describe(z.optional(viewSchema), 'The opening view, e.g. the week the story is about.'),
  story: z.optional(storySchema),
  actors: describe(z.optional(z.array(actorSchema)), 'People, states, organizations and groups.'),
  events: describe(z.optional(z.array(eventSchema)), 'What happened.'),
  statements: describe(z.optional(z.array(statementSchema)), 'What was said.'),
  sources: describe(z.optional(z.array(sourceSchema)), 'Where it is documented.'),
  topics: describe(z.optional(z.array(topicSchema)), 'Questions actors take positions on.'),
  positions: describe(z.optional(z.array(positionSchema)), 'Where each actor stands on each topic, and since when.'),
}), {
  title: 'Parley model (parley/1)',
  description: 'A timeline of diplomacy: actors, events, statements and their sources.',
});

/** A model file as written (after shape validation, before dates and references are checked). */
export type ModelFile = z.infer<typeof modelFileSchema>;
export type ActorEntry = z.infer<typeof actorSchema>;
export type EventEntry = z.infer<typeof eventSchema>;
export type StatementEntry = z.infer<typeof statementSchema>;
export type SourceEntry = z.infer<typeof sourceSchema>;
export type TopicEntry = z.infer<typeof topicSchema>;
export type PositionEntry = z.infer<typeof positionSchema>;

export type ViewEntry = z.infer<typeof viewSchema>;
export type StoryStepEntry = z.infer<typeof storyStepSchema>;
