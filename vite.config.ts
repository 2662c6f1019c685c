import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { viteCspPlugin } from './tools/vite-csp-plugin.ts';
import { viteNumberScalesPlugin } from './tools/vite-number-scales-plugin.ts';

export default defineConfig({
  plugins: [react(), viteCspPlugin(), viteNumberScalesPlugin()],
  // Sandboxed embeds have an opaque origin and need CORS to load the app's own files.
  preview: { cors: true },
  // Relative asset URLs, so the built app works from any path it is deployed or embedded under.
  base: './',
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
