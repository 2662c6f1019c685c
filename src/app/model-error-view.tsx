import type { ReactNode } from 'react';
import { isModelLoadError } from '../data/model-load-error';
import type { ModelProblem } from '../model/types';

export interface ModelErrorViewProps {
  /** What went wrong while loading or validating the model. */
  error: unknown;
  /** Loads the model again. */
  onRetry: () => void;
  /** True while a retry is under way. */
  retrying?: boolean;
  /** Text of the retry button; "Retry" by default ("Load again" after the reader stopped the load). */
  retryLabel?: string;
  /** More actions beside Retry, e.g. opening another model. */
  extra?: ReactNode;
}

const HEADINGS: Record<string, string> = {
  network: 'The timeline could not be loaded',
  cors: 'The model’s server does not allow this page to read it',
  http: 'The timeline could not be loaded',
  html: 'The model address points to a web page',
  encoding: 'The model file is damaged',
  'not-json': 'The model file is not JSON',
  'too-large': 'The model file is too large',
  'invalid-model': 'The model has problems',
  cancelled: 'Loading stopped',
  unsupported: 'This file is not a timeline Parley can open',
};

export default ModelErrorView;

/** Instead of a timeline: why the model can't be shown, every problem by JSON path, and a Retry button. */
export function ModelErrorView({ error, onRetry, retrying = false, retryLabel, extra }: ModelErrorViewProps) {
  const loadError = isModelLoadError(error) ? error : undefined;
  const retryText = retryLabel ?? (loadError?.kind === 'cancelled' ? 'Load again' : 'Retry');
  const heading = (loadError && HEADINGS[loadError.kind]) ?? 'The timeline could not be loaded';
  const errors = loadError?.problems.filter((p) => p.severity === 'error') ?? [];
  const warnings = loadError?.problems.filter((p) => p.severity === 'warning') ?? [];
  return (
    <section className={loadError?.kind === 'cancelled' ? 'model-error model-error--stopped' : 'model-error'} aria-labelledby="model-error-heading">
      <div role="alert">
        <h1 id="model-error-heading">{heading}</h1>
        <p className="model-error__reason">{error instanceof Error ? error.message : String(error)}</p>
      </div>
      <ProblemList title="Errors" label="Errors in the model" problems={errors} />
      <ProblemList title="Warnings" label="Warnings about the model" problems={warnings} className="problem-list--warnings" />
      <div className="model-error__actions">
        <button type="button" className="button button--primary" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : retryText}
        </button>
        {extra}
      </div>
    </section>
  );
}

interface ProblemListProps {
  title: string;
  /** The list's accessible name. */
  label: string;
  problems: readonly ModelProblem[];
  className?: string;
}

/** One severity's problems, each as its JSON path and what is wrong; nothing when there are none. */
function ProblemList({ title, label, problems, className }: ProblemListProps) {
  if (problems.length === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      <ol className={className ? `problem-list ${className}` : 'problem-list'} aria-label={label}>
        {problems.map((p, i) => (
          <li key={i}>
            <code className="problem-list__path">{p.path || '(the whole file)'}</code> <span>{p.message}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
