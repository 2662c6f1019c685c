import { useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useElementWidth } from './use-element-width.ts';

export interface ClampedTextProps {
  /** The text, rendered as text. */
  readonly text: string;
  /** How many lines show until the reader asks for more. */
  readonly lines: number;
  /** Class of the wrapper; the paragraph inside is `clamped-text__text`. */
  readonly className?: string;
  /** Said after "More" to screen readers, e.g. "of the description", so the button is not a bare "More". */
  readonly moreLabel?: string;
}

/**
 * A paragraph clamped to a few lines, with a "More" button at the end of the last line when (and only
 * when) the text does not fit. Screen readers get the whole text either way: the clamp is visual.
 */
export function ClampedText({ text, lines, className, moreLabel }: ClampedTextProps) {
  const id = useId();
  const ref = useRef<HTMLParagraphElement>(null);
  const width = useElementWidth(ref);
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    // Measured while clamped; once expanded the answer is kept, so "Less" stays available.
    if (!element || expanded) return;
    setOverflows(element.scrollHeight > element.clientHeight + 1);
  }, [text, lines, width, expanded]);

  return (
    <div className={`clamped-text${className ? ` ${className}` : ''}${expanded ? ' is-expanded' : ''}`}>
      <p id={id} ref={ref} className="clamped-text__text" style={{ '--clamp-lines': lines } as CSSProperties}>
        {text}
      </p>
      {(overflows || expanded) && (
        <button type="button" className="clamped-text__toggle" aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Less' : 'More'}
          {moreLabel && (
            <>
              {' '}
              <span className="visually-hidden">{moreLabel}</span>
            </>
          )}
        </button>
      )}
    </div>
  );
}
