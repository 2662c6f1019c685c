/** A lazily imported module that can be fetched ahead of need and read synchronously once it is here. */
export interface ModuleLoader<M> {
  /** Imports the module (once; again after a failure, so a dropped connection can be retried). */
  load(): Promise<M>;
  /** The module, if an earlier load has finished. */
  loaded(): M | undefined;
}

/**
 * Wraps a dynamic import so that a view can render the module's component directly once it has been
 * fetched (at idle, or as the reader points at the button that opens it), instead of through
 * React.lazy: a lazy component suspends on its first render even when its chunk is already here, and
 * React then holds the revealed content back until 300 ms after the fallback showed.
 */
export function createModuleLoader<M>(importer: () => Promise<M>): ModuleLoader<M> {
  let module: M | undefined;
  let request: Promise<M> | undefined;
  return {
    load() {
      request ??= importer().then(
        (m) => (module = m),
        (error: unknown) => {
          request = undefined;
          throw error;
        },
      );
      return request;
    },
    loaded: () => module,
  };
}
