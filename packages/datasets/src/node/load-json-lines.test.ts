import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FormatError } from '@mnemo/tensor';
import { afterAll, describe, expect, it } from 'vitest';
import { loadJsonLines, streamJsonLines } from './load-json-lines.js';

const directory = mkdtempSync(join(tmpdir(), 'mnemo-datasets-jsonl-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('loadJsonLines and streamJsonLines', () => {
  const path = join(directory, 'reviews.jsonl');
  writeFileSync(path, '{"text":"great 👍","label":1}\n{"text":"awful","label":0}\n{bad json}\n\n{"text":"ok","label":1}\n');

  it('name the file and line of a bad line', async () => {
    await expect(loadJsonLines(path)).rejects.toThrow(FormatError);
    await expect(loadJsonLines(path)).rejects.toThrow(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: not valid JSON`));
  });

  it('skip and count bad lines when asked', async () => {
    expect(await loadJsonLines(path, { onMalformed: 'skip' })).toEqual({
      records: [{ text: 'great 👍', label: 1 }, { text: 'awful', label: 0 }, { text: 'ok', label: 1 }],
      skipped: 1,
    });
  });

  it('stream records with a label map', async () => {
    const labels: string[] = [];
    const stream = streamJsonLines(path, { onMalformed: 'skip', parseLabel: { 0: 'neg', 1: 'pos' } });
    for await (const record of stream) labels.push(record.label);
    expect(labels).toEqual(['pos', 'neg', 'pos']);
    expect(stream.skipped).toBe(1);
  });
});
