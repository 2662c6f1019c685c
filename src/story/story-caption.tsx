import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { StoryStep } from '../model/types';
import './story-caption.css';

export interface StoryCaptionProps {
  /** The model's story, in reading order. */
  steps: readonly StoryStep[];
  /** The step shown, 1-based. */
  step: number;
  /** Go to step `n` (1-based). */
  onStep: (n: number) => void;
  /** Leave the story, keeping what the timeline shows. */
  onLeave: () => void;
}

/**
 * The caption of a story step: its title and text, Previous and Next, and "3 of 8". → and ← walk
 * the steps while focus is inside it; Escape leaves the story. Focus comes here when the story
 * starts, and screen readers hear each new step through a polite live region.
 */
export function StoryCaption({ steps, step, onStep, onLeave }: StoryCaptionProps) {
  const ref = useRef<HTMLElement>(null);
  const current = steps[step - 1];
  const count = steps.length;
  const first = step <= 1;
  const last = step >= count;

  useEffect(() => {
    // Started from the header's button: the caption is what to read next.
    ref.current?.focus({ preventScroll: true });
  }, []);

  if (!current) return null;
  const go = (n: number) => {
    if (n >= 1 && n <= count) onStep(n);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowRight') go(step + 1);
    else if (e.key === 'ArrowLeft') go(step - 1);
    else if (e.key === 'Escape') onLeave();
    else return;
    // Handled here: not a panel to close (Escape) nor a page to scroll (arrows).
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <section ref={ref} className="story-caption" aria-labelledby="story-caption-title" tabIndex={-1} onKeyDown={onKeyDown}>
      <div className="story-caption__body">
        <p className="story-caption__count">
          <span className="visually-hidden">Story, step </span>
          {step} of {count}
        </p>
        <h2 id="story-caption-title" className="story-caption__title">
          {current.title}
        </h2>
        <p className="story-caption__text">{current.text}</p>
      </div>
      <div className="story-caption__nav">
        {/* aria-disabled, not disabled: a disabled button drops the focus, and with it the arrow keys. */}
        <button type="button" className="button" aria-disabled={first} onClick={() => go(step - 1)}>
          Previous
        </button>
        <button type="button" className="button button--primary" aria-disabled={last} onClick={() => go(step + 1)}>
          Next
        </button>
        <button type="button" className="button story-caption__leave" onClick={onLeave} aria-keyshortcuts="Escape">
          Leave story
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {`Step ${step} of ${count}: ${current.title}. ${current.text}`}
      </p>
    </section>
  );
}
