import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoadedModel } from '../data/decode-model-bytes';
import type { ModelLoadProgress } from '../data/model-load-progress';

/** A file being opened, and how far that is. */
export interface OpeningFile {
  readonly name: string;
  readonly progress?: ModelLoadProgress;
}

/** How opening a file ended: its model, or why not. */
export type OpenedResult = { readonly loaded: LoadedModel; readonly error?: undefined } | { readonly loaded?: undefined; readonly error: unknown };

/**
 * Opening a model file the reader picked or dropped, with progress and Cancel. The model shown so far
 * stays until the file's model (or its error) is ready; `cancel` stops the read and the check, and
 * nothing changes. A second file picked while one is opening replaces it.
 */
export function useModelFileOpening(onOpened: (name: string, result: OpenedResult) => void) {
  const [opening, setOpening] = useState<OpeningFile | null>(null);
  const current = useRef<AbortController | null>(null);

  const open = useCallback(
    (file: File) => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      setOpening({ name: file.name });
      // React batches the updates of one task: a burst of chunks is one render.
      const onProgress = (progress: ModelLoadProgress) => {
        if (current.current === controller) setOpening({ name: file.name, progress });
      };
      const finish = (result: OpenedResult) => {
        if (controller.signal.aborted) return;
        current.current = null;
        setOpening(null);
        onOpened(file.name, result);
      };
      // Loaded on first use: most readers never open a file.
      import('../open-model/read-model-file')
        .then(({ readModelFile }) => readModelFile(file, { signal: controller.signal, onProgress }))
        .then(
          (loaded) => finish({ loaded }),
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
