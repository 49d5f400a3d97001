/**
 * Vite for the sentiment web page: workspace packages resolve to their
 * TypeScript source through the `@mnemo/source` export condition (as the tests
 * and the CLI do), so nothing needs building first; `vite build` writes a
 * static site to web/dist/ (relative paths: it opens from any folder).
 */
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { conditions: ['@mnemo/source', ...defaultClientConditions] },
  worker: { format: 'es' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
