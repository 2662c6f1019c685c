import { useCallback, useEffect, useRef, useState } from 'react';
import type { ModelLoadProgress } from '../data/model-load-progress';
import type { OpenedModel } from '../open-model/read-model-files';

/** A file being opened, and how far that is. */
export interface OpeningFile {
  readonly name: string;
  readonly progress?: ModelLoadProgress;
}

/** How opening files ended: their model (converted when they were not a Parley file), or why not. */
export type OpenedResult = { readonly opened: OpenedModel; readonly error?: undefined } | { readonly opened?: undefined; readonly error: unknown };

/**
 * Opening the model files the reader picked or dropped (a Parley model, or files the importer
 * converts), with progress and Cancel. The model shown so far
 * stays until the file's model (or its error) is ready; `cancel` stops the read and the check, and
 * nothing changes. A second file picked while one is opening replaces it.
 */
export function useModelFileOpening(onOpened: (name: string, result: OpenedResult) => void) {
  const [opening, setOpening] = useState<OpeningFile | null>(null);
  const current = useRef<AbortController | null>(null);

  const open = useCallback(
    (files: File[]) => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      const name = files.map((f) => f.name).join(', ');
      setOpening({ name });
      // React batches the updates of one task: a burst of chunks is one render.
      const onProgress = (progress: ModelLoadProgress) => {
        if (current.current === controller) setOpening({ name, progress });
      };
      const finish = (result: OpenedResult) => {
        if (controller.signal.aborted) return;
        current.current = null;
        setOpening(null);
        onOpened(name, result);
      };
      // Loaded on first use: most readers never open a file.
      import('../open-model/read-model-files')
        .then(({ readModelFiles }) => readModelFiles(files, { signal: controller.signal, onProgress }))
        .then(
          (opened) => finish({ opened }),
          (error: unknown) => finish({ error }),
        );
    },
    [onOpened],
  );

  const cancel = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setOpening(null);
  }, []);

  // A load still running when the app goes away is stopped with it.
  useEffect(() => () => current.current?.abort(), []);

  return { opening, open, cancel };
}
