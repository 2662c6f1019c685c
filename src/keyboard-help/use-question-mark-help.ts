import { useCallback, useEffect, useState } from 'react';
import { isTypingTarget } from '../components/is-typing-target.ts';

export interface HelpToggle {
  /** Whether the keyboard help is showing. */
  readonly isOpen: boolean;
  readonly open: () => void;
  readonly close: () => void;
}

/** Open/closed state of the keyboard help, opened by `?` anywhere except while typing in a field. */
export function useQuestionMarkHelp(): HelpToggle {
  const [isOpen, setIsOpen] = useState(false);
  const open = useCallback(() => setIsOpen(true), []);
  const close = useCallback(() => setIsOpen(false), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      setIsOpen(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return { isOpen, open, close };
}
