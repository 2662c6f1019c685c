import { z } from 'zod';
import { PARTIAL_DATE_PATTERN } from './partial-date.ts';

/**
 * The parley/1 model file, described with zod as the single source of truth for its shape.
 * No transforms: `z.toJSONSchema(modelFileSchema)` is the published JSON Schema, and dates, references
 * and warnings are checked in separate passes (validate-model.ts).
 */

/** What a field expects, in curator words; read by formatZodIssues, kept out of the JSON Schema. */
export const expectations = z.registry<{ expected: string }>();

function expecting<T extends z.ZodType>(schema: T, expected: string): T {
  expectations.add(schema, { expected });
  return schema;
}

export const ID_PATTERN = '^[a-z0-9][a-z0-9_-]*$';
export const ID_MAX_LENGTH = 64;
export const URL_PATTERN = '^https?://[^\\s/?#]+[^\\s]*$';
export const LANGUAGE_PATTERN = '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$';

export const PARTIAL_DATE_EXPECTED =
  'a partial date like 2025, 2025-03, 2025-03-13 or 2025-03-13T18:43+03:00';

const id = expecting(
  z.string().regex(new RegExp(ID_PATTERN)).max(ID_MAX_LENGTH),
  'an id of lowercase letters, digits, "-" and "_" starting with a letter or digit, like "putin" or "talks-2025-03-11"',
);
const ref = (kind: string) => id.describe(`The id of ${kind} in this file.`);
const partialDate = expecting(z.string().regex(new RegExp(PARTIAL_DATE_PATTERN)), PARTIAL_DATE_EXPECTED);
const httpUrl = expecting(
  z.string().regex(new RegExp(URL_PATTERN)),
  'an absolute http or https URL like "https://example.org/page"',
);
const language = expecting(
  z.string().regex(new RegExp(LANGUAGE_PATTERN)),
  'a BCP 47 language tag like "en", "uk" or "pt-BR"',
);
const text = expecting(z.string().min(1), 'a non-empty string');

export const actorSchema = z.strictObject({
  id: id.describe('Unique id of the actor (unique across the whole file).'),
  name: text.describe('Display name, e.g. "Vladimir Putin".'),
  kind: z.enum(['person', 'state', 'organization', 'group']).describe('What kind of actor this is.'),
  title: text.optional().describe('Role or office, e.g. "President of Russia".'),
  affiliations: z.array(ref('an actor')).optional().describe('Actors this actor belongs to or represents (actor ids).'),
  aliases: z.array(text).optional().describe('Other names the actor is known by.'),
  description: text.optional().describe('A short description.'),
}).describe('A person, state, organization or group.');

export const eventSchema = z.strictObject({
  id: id.describe('Unique id of the event (unique across the whole file).'),
  title: text.describe('Short title, e.g. "US–Ukraine talks in Jeddah".'),
  start: partialDate.describe('When the event happened or began, as precisely as known.'),
  end: partialDate.optional().describe('When a multi-day event ended (inclusive, as precisely as known).'),
  kind: text.meta({
    description: 'What kind of event: a free word; common values are talks, meeting, visit, call, proposal, statement, military, agreement.',
    examples: ['talks', 'meeting', 'visit', 'call', 'proposal', 'statement', 'military', 'agreement'],
  }),
  summary: text.optional().describe('What happened, in a few sentences.'),
  location: z.strictObject({
    name: text.describe('Place name, e.g. "Jeddah, Saudi Arabia".'),
    lat: z.number().min(-90).max(90).optional().describe('Latitude in degrees (WGS 84).'),
    lon: z.number().min(-180).max(180).optional().describe('Longitude in degrees (WGS 84).'),
  }).optional().describe('Where it happened.'),
  participants: z.array(z.strictObject({
    actor: ref('an actor'),
    role: text.optional().describe('The part the actor played, e.g. "host", "mediator".'),
  }).describe('An actor taking part.')).optional().describe('Actors taking part.'),
  sources: z.array(ref('a source')).optional().describe('Sources for this event (source ids).'),
  related: z.array(z.strictObject({
    event: ref('an event'),
    relation: text.meta({
      description: 'How this event relates to the other, e.g. follows, responds-to, reports-on.',
      examples: ['follows', 'responds-to', 'reports-on'],
    }),
  }).describe('A link to another event.')).optional().describe('Links to other events.'),
  note: text.optional().describe('A curator note, e.g. about conflicting reports.'),
}).describe('Something that happened: talks, a call, a proposal, an agreement…');

export const statementSchema = z.strictObject({
  id: id.describe('Unique id of the statement (unique across the whole file).'),
  speaker: ref('an actor').describe('Who said it (an actor id).'),
  date: partialDate.describe('When it was said, as precisely as known.'),
  text: text.describe('What was said.'),
  mode: z.enum(['verbatim', 'paraphrase']).describe('Whether `text` is a quotation or a paraphrase.'),
  event: ref('an event').optional().describe('The occasion it was said at (an event id).'),
  about: z.array(id).optional().describe('Ids of the events, actors or statements it refers to.'),
  language: language.optional().describe('BCP 47 language tag of the original utterance.'),
  translated: z.boolean().optional().describe('True when `text` is a translation from `language`.'),
  setting: text.optional().describe('Where or how it was said, e.g. "press conference", "on X".'),
  source: z.strictObject({
    source: ref('a source'),
    locator: text.optional().describe('Where in the source, e.g. a page, timestamp or paragraph.'),
  }).optional().describe('Where the statement is documented.'),
  note: text.optional().describe('A curator note.'),
}).describe('Something an actor said.');

export const sourceSchema = z.strictObject({
  id: id.describe('Unique id of the source (unique across the whole file).'),
  title: text.describe('Title of the article, transcript or document.'),
  publisher: text.optional().describe('Who published it, e.g. "Reuters".'),
  url: httpUrl.optional().describe('Where it can be read (http or https).'),
  archived: httpUrl.optional().describe('An archived copy (http or https), e.g. on the Wayback Machine.'),
  published: partialDate.optional().describe('When it was published.'),
  accessed: partialDate.optional().describe('When the curator last read it.'),
}).describe('A document that events and statements rest on.');

export const modelFileSchema = z.strictObject({
  $schema: z.string().optional().describe('URL of this JSON Schema, for editors.'),
  format: z.literal('parley/1').describe('The file format and its version: always "parley/1".'),
  id: id.describe('A short slug naming this model, e.g. "ukraine-ceasefire-2025".'),
  title: text.describe('Title shown above the timeline.'),
  description: text.describe('What the timeline covers.'),
  language: language.describe('BCP 47 language tag of the texts in this file, e.g. "en".'),
  updated: partialDate.describe('When the file was last curated.'),
  license: text.optional().describe('License of the compilation, e.g. "CC-BY-4.0".'),
  actors: z.array(actorSchema).optional().describe('People, states, organizations and groups.'),
  events: z.array(eventSchema).optional().describe('What happened.'),
  statements: z.array(statementSchema).optional().describe('What was said.'),
  sources: z.array(sourceSchema).optional().describe('Where it is documented.'),
}).meta({
  title: 'Parley model (parley/1)',
  description: 'A timeline of diplomacy: actors, events, statements and their sources.',
});

/** A model file as written (after shape validation, before dates and references are checked). */
export type ModelFile = z.infer<typeof modelFileSchema>;
export type ActorEntry = z.infer<typeof actorSchema>;
export type EventEntry = z.infer<typeof eventSchema>;
export type StatementEntry = z.infer<typeof statementSchema>;
export type SourceEntry = z.infer<typeof sourceSchema>;
