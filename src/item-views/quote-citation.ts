import type { ActorKind, PartialDate } from '../model/types.ts';
import type { StatementSummary } from '../selectors/select-detail.ts';
import { formatLanguage } from './format-language.ts';

/** What a citation of one quote says, gathered from the model; the styles only arrange it. */
export interface QuoteCitation {
  readonly id: string;
  readonly speaker: string;
  /** Undefined when the speaker is not in the model (a citation still names someone: "Unknown speaker"). */
  readonly speakerKind?: ActorKind;
  /** The words, or their opening when they are long. */
  readonly words: string;
  /** The whole text, for formats that hold it (CSL's abstract, the CSV). */
  readonly text: string;
  readonly paraphrase: boolean;
  /** "Russian" when `text` is a translation from Russian; "another language" when the language is not given. */
  readonly translatedFrom?: string;
  /** Where or how it was said; the occasion's title when no setting is given. */
  readonly setting?: string;
  readonly date: PartialDate;
  readonly source?: {
    readonly title: string;
    readonly publisher?: string;
    readonly url?: string;
    readonly locator?: string;
    readonly published?: PartialDate;
    readonly accessed?: PartialDate;
  };
}

const MAX_WORDS = 40;
const OPENING_WORDS = 25;

/** The words of a quote, or their opening (25 words and "…") past 40 words; never altered otherwise. */
export function formatQuoteOpening(text: string): string {
  const words = text.trim().split(/\s+/);
  if (words.length <= MAX_WORDS) return text.trim();
  return `${words.slice(0, OPENING_WORDS).join(' ').replace(/[,;:]$/, '')} …`;
}

/** Gathers a statement's citation from its summary (speaker, source and occasion resolved). */
export function collectQuoteCitation({ statement, speaker, occasion, source }: StatementSummary): QuoteCitation {
  const setting = statement.setting ?? (occasion ? `at ${occasion.title}` : undefined);
  const translatedFrom = statement.translated ? (statement.language ? formatLanguage(statement.language) : 'another language') : undefined;
  return {
    id: statement.id,
    speaker: speaker?.name ?? 'Unknown speaker',
    ...(speaker && { speakerKind: speaker.kind }),
    words: formatQuoteOpening(statement.text),
    text: statement.text,
    paraphrase: statement.mode === 'paraphrase',
    ...(translatedFrom !== undefined && { translatedFrom }),
    ...(setting !== undefined && { setting }),
    date: statement.date,
    ...(source && {
      source: {
        title: source.source.title,
        ...(source.source.publisher !== undefined && { publisher: source.source.publisher }),
        ...(source.source.url !== undefined && { url: source.source.url }),
        ...(source.locator !== undefined && { locator: source.locator }),
        ...(source.source.published !== undefined && { published: source.source.published }),
        ...(source.source.accessed !== undefined && { accessed: source.source.accessed }),
      },
    }),
  };
}
