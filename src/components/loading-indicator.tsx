interface LoadingIndicatorProps {
  /** What is being loaded, for the sentence read to screen readers. */
  label: string;
}

/** A quiet, accessible "loading" state. */
export function LoadingIndicator({ label }: LoadingIndicatorProps) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading__bar" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
