/**
 * Vite for the sentiment web page: workspace packages resolve to their
 * TypeScript source through the `@mnemo/source` export condition (as the tests
 * and the CLI do), so nothing needs building first; `vite build` writes a
 * static site to web/dist/ (relative paths, so any static server can host it
 * under any path).
 */
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { conditions: ['@mnemo/source', ...defaultClientConditions] },
  worker: { format: 'es' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
