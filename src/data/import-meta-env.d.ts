// Build-time settings read by data/ (see model-size-limit.ts).
interface ImportMetaEnv {
  /** The largest model file the app opens, in MB (1 MB = 1,048,576 bytes); 100 when unset. */
  readonly VITE_MODEL_SIZE_LIMIT_MB?: string;
}
