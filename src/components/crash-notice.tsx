interface CrashNoticeProps {
  /** The error that stopped this part of the page. */
  error: Error;
  /** Tries to render the part again. */
  onReset: () => void;
}

/** The fallback of an error boundary: says what happened and offers a way back. */
export function CrashNotice({ error, onReset }: CrashNoticeProps) {
  return (
    <div role="alert" className="notice notice--error">
      <h2>Something went wrong while showing this part of the timeline.</h2>
      <p className="notice__detail">{error.message}</p>
      <button type="button" className="button" onClick={onReset}>
        Try again
      </button>
    </div>
  );
}
