import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { viteCspPlugin } from './tools/vite-csp-plugin.ts';
import { viteNumberScalesPlugin } from './tools/vite-number-scales-plugin.ts';
import { viteModelPlugin } from './tools/vite-model-plugin.ts';
import { viteSchemaDocsPlugin } from './tools/vite-schema-docs-plugin.ts';

export default defineConfig({
  // PARLEY_MODEL=path/to/model.json builds the site around another model (tools/vite-model-plugin.ts).
  plugins: [react(), viteCspPlugin(), viteNumberScalesPlugin(), viteModelPlugin(), viteSchemaDocsPlugin()],
  // The model worker is bundled on its own: it validates with the same schema, so it drops the same docs.
  worker: { plugins: () => [viteSchemaDocsPlugin()] },
  // Sandboxed embeds have an opaque origin and need CORS to load the app's own files.
  preview: { cors: true },
  // Relative asset URLs, so the built app works from any path it is deployed or embedded under.
  base: './',
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    // A limit for hangs, not for speed (that is what the benchmarks measure): property sweeps and jsdom
    // renders take several times the 5 s default when other test runs share the machine's two cores.
    testTimeout: 30_000,
  },
});
