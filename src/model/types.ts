/**
 * The normalized, read-only Parley model that every view reads.
 * It is produced from a validated model file by `normalizeModel` (model/normalize-model.ts).
 * Field names follow the file format (README "Model format"); dates are resolved into intervals.
 */

declare const brand: unique symbol;
/** A string id that the type checker keeps apart from other kinds of id. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type EventId = Brand<string, 'EventId'>;
export type ActorId = Brand<string, 'ActorId'>;
export type StatementId = Brand<string, 'StatementId'>;
export type SourceId = Brand<string, 'SourceId'>;
export type TopicId = Brand<string, 'TopicId'>;
export type PositionId = Brand<string, 'PositionId'>;
/** Any id in the model: ids are unique across all kinds. */
export type EntityId = EventId | ActorId | StatementId | SourceId | TopicId | PositionId;
export type EntityKind = 'event' | 'actor' | 'statement' | 'source' | 'topic' | 'position';

/** How precisely a partial date is known. `minute`/`second` dates always carry a UTC offset. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

/**
 * A date as precise as the curator knew it: `2024-08` is "some time in August 2024",
 * the interval [2024-08-01T00:00Z, 2024-09-01T00:00Z), never the 1st.
 */
export interface PartialDate {
  /** The value exactly as written in the file, e.g. "2024-08" or "2025-03-13T18:43+03:00". */
  readonly raw: string;
  readonly precision: DatePrecision;
  /** Inclusive start of the interval, ms since the epoch (UTC). Calendar dates are taken as UTC days. */
  readonly start: number;
  /** Exclusive end of the interval, ms since the epoch (UTC). */
  readonly end: number;
  /** For times: the offset written in the file, in minutes east of UTC (e.g. 180 for +03:00). */
  readonly offsetMinutes?: number;
}

/** A time interval in ms since the epoch, end exclusive. */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

export type ActorKind = 'person' | 'state' | 'organization' | 'group';

export interface Actor {
  readonly id: ActorId;
  readonly name: string;
  readonly kind: ActorKind;
  readonly title?: string;
  readonly affiliations: readonly ActorId[];
  readonly aliases: readonly string[];
  readonly description?: string;
}

export interface Participant {
  readonly actor: ActorId;
  readonly role?: string;
}

export interface RelatedEvent {
  readonly event: EventId;
  readonly relation: string;
}

export interface EventLocation {
  readonly name: string;
  readonly lat?: number;
  readonly lon?: number;
}

export interface TimelineEvent {
  readonly id: EventId;
  readonly title: string;
  readonly start: PartialDate;
  readonly end?: PartialDate;
  /** From the start of `start` to the end of `end` (or of `start` when there is no end). */
  readonly span: TimeSpan;
  /** Rank among events with the same span start (lower first; absent counts as 0). See `eventOrder`. */
  readonly order?: number;
  readonly kind: string;
  readonly summary?: string;
  readonly location?: EventLocation;
  readonly participants: readonly Participant[];
  readonly sources: readonly SourceId[];
  readonly related: readonly RelatedEvent[];
  readonly note?: string;
}

export type StatementMode = 'verbatim' | 'paraphrase';

export interface SourceRef {
  readonly source: SourceId;
  readonly locator?: string;
}

export interface Statement {
  readonly id: StatementId;
  readonly speaker: ActorId;
  readonly date: PartialDate;
  /** Rank among statements with the same date start (lower first; absent counts as 0). See `statementOrder`. */
  readonly order?: number;
  readonly text: string;
  readonly mode: StatementMode;
  /** The occasion it was said at. */
  readonly event?: EventId;
  /** Events, actors or statements it refers to. */
  readonly about: readonly EntityId[];
  /** BCP 47 language of the original utterance. */
  readonly language?: string;
  /** True when `text` is a translation from `language`. */
  readonly translated: boolean;
  readonly setting?: string;
  readonly source?: SourceRef;
  readonly note?: string;
}

export interface Source {
  readonly id: SourceId;
  readonly title: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly archived?: string;
  readonly published?: PartialDate;
  readonly accessed?: PartialDate;
}

/** A question actors take positions on, e.g. "A general 30-day ceasefire". */
export interface Topic {
  readonly id: TopicId;
  readonly title: string;
  readonly description?: string;
}

/**
 * Where an actor stands on a topic: `proposes` it, `supports` it, `conditional` ("yes, if …"),
 * `noncommittal` (neither yes nor no) or `opposes` it.
 */
export type Stance = 'proposes' | 'supports' | 'conditional' | 'noncommittal' | 'opposes';

/** An actor's stance on a topic from `date` until the same actor's next position on the same topic. */
export interface Position {
  readonly id: PositionId;
  readonly actor: ActorId;
  readonly topic: TopicId;
  readonly stance: Stance;
  /** From when it holds: a position dated `2025-03` holds from the start of March. */
  readonly date: PartialDate;
  /** The statements that show it, as listed. */
  readonly evidence: readonly StatementId[];
  /** For a conditional stance, in the curator's words. */
  readonly conditions: readonly string[];
  readonly note?: string;
}

export interface ModelMeta {
  readonly format: 'parley/1';
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly language: string;
  readonly updated: PartialDate;
  readonly license?: string;
}

/** One thing to show in the detail panel, by id: what a view or a link selects. */
export interface ModelSelection {
  readonly kind: 'event' | 'actor' | 'statement';
  readonly id: EventId | ActorId | StatementId;
}

/** What the timeline opens on when its link names no view: the model file's `view`. */
export interface ModelView {
  /** The window runs from the start of `from` to the end of `to` (inclusive), as written in the file. */
  readonly from: PartialDate;
  readonly to: PartialDate;
  /** Opened in the detail panel, when the file names one. */
  readonly selection?: ModelSelection;
}

/** The filters a story step sets, as written in the file; what it leaves out is cleared. */
export interface StoryFilters {
  readonly actors?: readonly ActorId[];
  readonly kinds?: readonly string[];
  readonly verbatim?: boolean;
  readonly since?: string;
  readonly until?: string;
}

/** One step of the model's story: a caption, the window it shows, and what it selects and filters. */
export interface StoryStep extends ModelView {
  readonly title: string;
  /** A few sentences in the curator's words. */
  readonly text: string;
  readonly filters?: StoryFilters;
}

/** Where an entity is referred to from, e.g. statement `s1` field `about`. */
export interface Backlink {
  readonly from: EntityId;
  readonly fromKind: EntityKind;
  /** The referring field: participants, speaker, event, about, related, sources, source, affiliations, actor, topic, evidence. */
  readonly field: string;
}

export interface Model {
  readonly meta: ModelMeta;
  readonly actors: ReadonlyMap<ActorId, Actor>;
  readonly events: ReadonlyMap<EventId, TimelineEvent>;
  readonly statements: ReadonlyMap<StatementId, Statement>;
  readonly sources: ReadonlyMap<SourceId, Source>;
  readonly kindOf: ReadonlyMap<string, EntityKind>;
  /**
   * Events in time order: by span start; among equal starts (two events of one day without a time) by
   * `order` (absent = 0), then span end, title, id. Every view that walks events in time order reads this.
   */
  readonly eventOrder: readonly EventId[];
  /** Statements by date start; among equal starts by `order` (absent = 0), then file order. */
  readonly statementOrder: readonly StatementId[];
  /** Actors in file order. */
  readonly actorOrder: readonly ActorId[];
  /** Events each actor took part in, in time order. */
  readonly eventsByActor: ReadonlyMap<ActorId, readonly EventId[]>;
  /** Statements each actor made, in time order. */
  readonly statementsBySpeaker: ReadonlyMap<ActorId, readonly StatementId[]>;
  /** Statements said at each event (their `event`), in time order; no entry for an event without any. */
  readonly statementsAtEvent: ReadonlyMap<EventId, readonly StatementId[]>;
  /** Statements whose `about` names an entity, in time order. */
  readonly statementsAbout: ReadonlyMap<EntityId, readonly StatementId[]>;
  /** How many events there are of each kind, in order of first appearance in the file. */
  readonly eventKindCounts: ReadonlyMap<string, number>;
  /** Everything that refers to each entity. */
  readonly backlinks: ReadonlyMap<EntityId, readonly Backlink[]>;
  readonly topics: ReadonlyMap<TopicId, Topic>;
  readonly positions: ReadonlyMap<PositionId, Position>;
  /** Topics in file order. */
  readonly topicOrder: readonly TopicId[];
  /** Positions by date start, then file order. */
  readonly positionOrder: readonly PositionId[];
  /** Each actor's positions on each topic, in time order; only actors and topics that have some. */
  readonly positionsByActorTopic: ReadonlyMap<ActorId, ReadonlyMap<TopicId, readonly PositionId[]>>;
  /** The positions each statement is evidence for, in time order; only statements that are evidence. */
  readonly positionsByEvidence: ReadonlyMap<StatementId, readonly PositionId[]>;
  /** Earliest start and latest end over all events and statements; undefined for an empty model. */
  readonly extent?: TimeSpan;
  /** The curator's opening view; undefined when the file has none (the timeline then shows everything). */
  readonly view?: ModelView;
  /** The curator's guided story, in reading order; undefined when the file has none. */
  readonly story?: readonly StoryStep[];
}

/** One thing wrong (or questionable) in a model file. */
export interface ModelProblem {
  readonly severity: 'error' | 'warning';
  /** JSON path in the file, e.g. `statements[4].speaker`; empty for the root. */
  readonly path: string;
  /** What is wrong and what was expected. */
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly model: Model; readonly warnings: readonly ModelProblem[] }
  | { readonly ok: false; readonly problems: readonly ModelProblem[] };
