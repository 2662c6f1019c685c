import { formatCount } from '../components/format-count';
import type { ModelLoadProgress } from '../data/model-load-progress';

/** What the progress view says and shows for a stage of a model load. */
export interface ModelLoadProgressText {
  /** The stage in words, announced once per stage: "Checking 100,000 events and 50,000 statements…". */
  readonly sentence: string;
  /** Figures that change all the time ("12.3 of 48.0 MB"), shown but not announced; may be empty. */
  readonly detail: string;
  /** The bar's value out of `max`; undefined for a stage whose length is not known (an indeterminate bar). */
  readonly value?: number;
  readonly max?: number;
}

/** Megabytes with one decimal, so the figure moves smoothly: 0.0, 0.1 … 48.0. */
const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
const count = (n: number, noun: string) => formatCount(n, { one: noun, other: `${noun}s` });

/** The words and figures for a load's progress; `label` names the file. */
export function formatModelLoadProgress(label: string, progress: ModelLoadProgress | undefined): ModelLoadProgressText {
  switch (progress?.stage) {
    case undefined:
      return { sentence: `Loading ${label}…`, detail: '' };
    case 'download':
      return progress.total !== undefined && progress.total > 0
        ? { sentence: `Downloading ${label}…`, detail: `${mb(progress.loaded)} of ${mb(progress.total)} MB`, value: progress.loaded, max: progress.total }
        : { sentence: `Downloading ${label}…`, detail: `${mb(progress.loaded)} MB` };
    case 'parse':
      return { sentence: `Reading ${label}…`, detail: `${mb(progress.bytes)} MB` };
    case 'check':
      return {
        sentence: progress.statements > 0
          ? `Checking ${count(progress.events, 'event')} and ${count(progress.statements, 'statement')}…`
          : `Checking ${count(progress.events, 'event')}…`,
        detail: '',
      };
    case 'prepare':
      return { sentence: 'Preparing the timeline…', detail: `${Math.round(progress.share * 100)} %`, value: progress.share, max: 1 };
  }
}
