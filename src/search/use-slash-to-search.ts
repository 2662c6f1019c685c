import { useEffect, type RefObject } from 'react';
import { isTypingTarget } from '../components/is-typing-target.ts';

/**
 * Focuses (and selects the text of) the search input when the reader presses `/` anywhere on the page,
 * except while typing in a field, where `/` is just a character.
 */
export function useSlashToSearch(inputRef: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTypingTarget(event.target)) return;
      const input = inputRef.current;
      if (!input) return;
      event.preventDefault();
      input.focus();
      input.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [inputRef]);
}
