import { useEffect } from 'react';
import type { ViewStoreApi } from '../view-state/view-store';

/**
 * While the panel is open, Escape closes it and puts focus back on the mark of what was selected (or,
 * for an actor or statement, on the timeline; for a relations cell, on the matrix), so keyboard readers
 * continue where they were. Open dialogs and the search popup handle their own Escape first.
 * Rendered with the panel and loaded with it (app/lazy-views.ts): a closed panel needs no listener,
 * and the first paint's script no code for it.
 */
export default EscapeToClose;

export function EscapeToClose({ store }: { store: ViewStoreApi }) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const { selection, relationCell, clearSelection } = store.getState();
      if (!selection && !relationCell) return;
      e.preventDefault();
      clearSelection();
      // A relations cell returns focus to the matrix, on its tab stop (the cell last used).
      const attribute = !selection || selection.kind === 'actor' ? undefined : `data-${selection.kind}-id`;
      const selector = !selection ? '.relations__count' : attribute && `[${attribute}="${CSS.escape(selection.id)}"]`;
      const focusMark = () => {
        const mark = (selector && document.querySelector<SVGGElement | HTMLElement>(`${selector}[tabindex="0"]`)) || (selector && document.querySelector<SVGGElement | HTMLElement>(selector));
        const target = mark || document.querySelector<HTMLElement>('.mark[tabindex="0"]') || document.querySelector<HTMLElement>('#main');
        target?.focus();
      };
      // The panel closing widens the timeline, which re-lays out (and may re-insert) the marks over the
      // next frames; for a little while, put focus back whenever it falls off, unless the reader has
      // moved it elsewhere by then.
      let tries = 0;
      const settle = () => {
        const active = document.activeElement;
        const onMark = !!selector && active instanceof Element && active.matches(selector);
        if (active && active !== document.body && !active.closest('.app-panel') && !onMark) return;
        if (!onMark) focusMark();
        if (++tries < 10) setTimeout(settle, 60);
      };
      requestAnimationFrame(settle);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
  return null;
}
