import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // One shared chunk for both entries in CJS too, so `./testing` uses the same
  // Variable class and grad mode as the main entry (ESM splits by default).
  splitting: true,
  target: 'es2022',
});
