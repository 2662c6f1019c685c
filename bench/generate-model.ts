import { pathToFileURL } from 'node:url';
import type { ModelFile } from '../src/model/model-file-schema.ts';

/** Sizes and seed of a generated model. */
export interface GenerateModelOptions {
  /** Number of events, spread over 2021–2023. */
  readonly events: number;
  /** Number of actors: about a third states, a tenth organizations, the rest people. */
  readonly actors: number;
  /** Number of statements, most said at an event. */
  readonly statements: number;
  /** Seed of the pseudo-random generator: the same options give the same file. */
  readonly seed?: number;
}

/** mulberry32: a tiny seeded PRNG, so generated files are reproducible. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAY = 86_400_000;
const FROM = Date.UTC(2021, 0, 1);
const DAYS = 3 * 365;
const KINDS = ['talks', 'meeting', 'visit', 'call', 'proposal', 'statement', 'military', 'agreement'];
const PLACES = ['Geneva', 'Istanbul', 'Riyadh', 'Jeddah', 'Minsk', 'Brussels', 'Vienna', 'Doha', 'New York', 'Beijing'];
const RELATIONS = ['follows', 'responds-to', 'reports-on'];
const OFFSETS = ['Z', '+01:00', '+02:00', '+03:00', '-05:00', '+08:00'];

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * A deterministic, valid parley/1 file of the given size for benchmarks and tests: events over
 * 2021–2023 with mixed precisions (mostly days, some months, years and times), about a fifth of them
 * ranges, 2–4 participants each, links between events, statements at events with `about` links, sources.
 */
export function generateModel({ events: eventCount, actors: actorCount, statements: statementCount, seed = 1 }: GenerateModelOptions): ModelFile {
  const random = createRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;

  const stateCount = Math.max(1, Math.round(actorCount / 3));
  const orgCount = Math.round(actorCount / 10);
  const actors: NonNullable<ModelFile['actors']> = [];
  for (let i = 0; i < actorCount; i++) {
    const id = `actor-${pad(i, 3)}`;
    if (i < stateCount) actors.push({ id, name: `State ${i + 1}`, kind: 'state' });
    else if (i < stateCount + orgCount) actors.push({ id, name: `Organization ${i + 1}`, kind: 'organization', description: 'An international body.' });
    else {
      actors.push({
        id, name: `Person ${i + 1}`, kind: 'person', title: pick(['President', 'Foreign Minister', 'Envoy', 'Spokesperson']),
        affiliations: [`actor-${pad(int(stateCount), 3)}`],
      });
    }
  }
  // A few actors are much busier than the rest, as in real timelines.
  const busyActor = () => actors[Math.floor(actorCount * random() ** 2)]?.id ?? 'actor-000';

  const sourceCount = Math.max(1, Math.ceil(eventCount / 4));
  const sources: NonNullable<ModelFile['sources']> = Array.from({ length: sourceCount }, (_, i) => ({
    id: `source-${pad(i, 5)}`,
    title: `Report ${i + 1}`,
    publisher: pick(['Reuters', 'AP', 'AFP', 'Ministry of Foreign Affairs', 'Kremlin', 'White House']),
    url: `https://example.org/reports/${i + 1}`,
    published: isoDay(FROM + int(DAYS) * DAY),
  }));

  const days = Array.from({ length: eventCount }, () => int(DAYS)).sort((a, b) => a - b);
  const events: NonNullable<ModelFile['events']> = days.map((day, i) => {
    const t = FROM + day * DAY;
    const date = new Date(t);
    const r = random();
    let start: string;
    let end: string | undefined;
    const ranged = random() < 0.2;
    if (r < 0.05) {
      start = String(date.getUTCFullYear());
    } else if (r < 0.15) {
      start = isoDay(t).slice(0, 7);
      if (ranged) end = isoDay(t + (31 + int(90)) * DAY).slice(0, 7);
    } else if (r < 0.25) {
      const clock = `${pad(8 + int(12))}:${pad(int(60))}`;
      start = `${isoDay(t)}T${clock}${pick(OFFSETS)}`;
    } else {
      start = isoDay(t);
      if (ranged) end = isoDay(t + (1 + int(6)) * DAY);
    }
    const participants = new Map<string, { actor: string; role?: string }>();
    participants.set(actors[i % actorCount]?.id ?? 'actor-000', { actor: actors[i % actorCount]?.id ?? 'actor-000' });
    const wanted = 2 + int(3);
    while (participants.size < Math.min(wanted, actorCount)) {
      const actor = busyActor();
      participants.set(actor, random() < 0.2 ? { actor, role: pick(['host', 'mediator', 'guest']) } : { actor });
    }
    const event: NonNullable<ModelFile['events']>[number] = {
      id: `event-${pad(i, 5)}`,
      title: `${pick(KINDS)} in ${pick(PLACES)} (${i + 1})`,
      start,
      kind: pick(KINDS),
      participants: [...participants.values()],
      sources: [`source-${pad(int(sourceCount), 5)}`],
    };
    if (end !== undefined) event.end = end;
    if (random() < 0.4) event.summary = 'Delegations discussed a ceasefire, prisoner exchanges and grain exports.';
    if (random() < 0.5) event.location = { name: pick(PLACES), lat: 20 + random() * 40, lon: -70 + random() * 140 };
    if (i > 0 && random() < 0.3) {
      event.related = [{ event: `event-${pad(Math.max(0, i - 1 - int(20)), 5)}`, relation: pick(RELATIONS) }];
    }
    return event;
  });

  const statements: NonNullable<ModelFile['statements']> = [];
  for (let i = 0; i < statementCount; i++) {
    const event = eventCount > 0 && random() < 0.8 ? pick(events) : undefined;
    const speaker = event ? pick(event.participants ?? [])?.actor ?? busyActor() : busyActor();
    const about: string[] = [];
    if (eventCount > 0 && random() < 0.7) about.push(pick(events).id);
    if (random() < 0.4) about.push(busyActor());
    if (i > 0 && random() < 0.2) about.push(`statement-${pad(int(i), 5)}`);
    const statement: NonNullable<ModelFile['statements']>[number] = {
      id: `statement-${pad(i, 5)}`,
      speaker,
      date: event ? event.start : isoDay(FROM + int(DAYS) * DAY),
      text: 'We are ready to continue negotiations, but only on terms that respect our sovereignty.',
      mode: random() < 0.5 ? 'verbatim' : 'paraphrase',
      about,
    };
    if (event) statement.event = event.id;
    if (random() < 0.3) Object.assign(statement, { language: pick(['ru', 'uk', 'ar', 'zh']), translated: true });
    if (random() < 0.7) statement.source = { source: `source-${pad(int(sourceCount), 5)}`, locator: `para. ${1 + int(20)}` };
    statements.push(statement);
  }

  return {
    format: 'parley/1',
    id: `generated-${eventCount}-${actorCount}-${statementCount}`,
    title: `Generated model (${eventCount} events)`,
    description: 'A generated model for benchmarks; its contents are not real.',
    language: 'en',
    updated: '2024-01',
    actors,
    events,
    statements,
    sources,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [events = '10000', actors = '40', statements = '5000', seed = '1'] = process.argv.slice(2);
  const options = { events: Number(events), actors: Number(actors), statements: Number(statements), seed: Number(seed) };
  if (Object.values(options).some((n) => !Number.isInteger(n) || n < 0)) {
    process.stderr.write('usage: tsx bench/generate-model.ts [events=10000] [actors=40] [statements=5000] [seed=1] > model.json\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(generateModel(options), null, 1)}\n`);
}
