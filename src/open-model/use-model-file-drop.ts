import { useEffect, useEffectEvent, useState } from 'react';

/** Anything that dispatches drag events: the window by default, an element in tests. */
type DropTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>;

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Lets the reader drop model files anywhere on the page (one model, or the CSV template's files). Returns whether a file is being dragged
 * over the page, for a drop overlay. Drags of text or links are left alone; a dropped file is never
 * opened by the browser as a page of its own.
 */
export function useModelFileDrop(onModelFiles: (files: File[]) => void, target?: DropTarget): { dragging: boolean } {
  const [dragging, setDragging] = useState(false);
  const handleFiles = useEffectEvent((files: File[]) => onModelFiles(files));

  useEffect(() => {
    const on = target ?? (typeof window === 'undefined' ? undefined : window);
    if (!on) return;
    // dragenter/dragleave fire for every child crossed; counting them tells when the drag left the page.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) handleFiles(files);
    };
    const listeners = [
      ['dragenter', enter],
      ['dragover', over],
      ['dragleave', leave],
      ['drop', drop],
    ] as const;
    for (const [type, listener] of listeners) on.addEventListener(type, listener as EventListener);
    return () => {
      for (const [type, listener] of listeners) on.removeEventListener(type, listener as EventListener);
    };
  }, [target]);

  return { dragging };
}
