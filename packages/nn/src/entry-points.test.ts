import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as nn from './index.js';
import * as node from './node/index.js';

const sourceRoot = dirname(fileURLToPath(import.meta.url));

/** Every source file the main entry can reach: all of src/ except node/ and tests. */
function browserSources(directory = sourceRoot): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return relative(sourceRoot, path) === 'node' ? [] : browserSources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && entry.name !== 'test-helpers.ts' && entry.name !== 'test-stats.ts' ? [path] : [];
  });
}

describe('entry points', () => {
  it('keeps the main entry browser-safe: no node: imports outside src/node', () => {
    const offenders = browserSources().filter((path) => /from ['"]node:|require\(['"]node:/.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
    expect(browserSources().length).toBeGreaterThan(20);
  });

  it('exports the documented API', () => {
    expect(Object.keys(nn).sort()).toEqual([
      'Dropout', 'Embedding', 'Linear', 'Module', 'Sequential',
      'binaryCrossEntropyWithLogits', 'computeFans', 'crossEntropy', 'decodeSafetensors', 'encodeSafetensors',
      'glorotUniform', 'heNormal', 'isModule', 'mse', 'normal', 'orthogonal', 'uniform', 'zeros',
    ]);
    expect(Object.keys(node).sort()).toEqual(['loadWeights', 'readSafetensors', 'saveWeights', 'writeFileAtomic']);
  });
});
