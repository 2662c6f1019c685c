// Build-time settings read by open-model/ (see trusted-model-origins.ts).
interface ImportMetaEnv {
  /** Comma-separated origins whose models show no "Model from …" notice. */
  readonly VITE_TRUSTED_MODEL_ORIGINS?: string;
}
