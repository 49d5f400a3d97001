import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-file-atomic.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'mnemo-atomic-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes bytes and strings, replacing an existing file, and leaves no temporary file', async () => {
    const path = join(directory, 'config.json');
    await writeFile(path, 'old');
    await writeFileAtomic(path, '{"hiddenSize": 64}');
    expect(await readFile(path, 'utf8')).toBe('{"hiddenSize": 64}');
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect(Array.from(await readFile(path))).toEqual([1, 2, 3]);
    expect(await readdir(directory)).toEqual(['config.json']);
  });

  it('on a failed rename (the target is a directory), keeps the target and removes the temporary file', async () => {
    const target = join(directory, 'model.safetensors');
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'keep me');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(await readFile(join(target, 'inside'), 'utf8')).toBe('keep me');
    expect(await readdir(directory)).toEqual(['model.safetensors']);
  });

  it('when writing fails after the temporary file was created, removes it and keeps the old file', async () => {
    const path = join(directory, 'vocab.json');
    await writeFile(path, 'old');
    await expect(writeFileAtomic(path, 42 as never)).rejects.toThrow(/data/); // writeFile rejects a number
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(directory)).toEqual(['vocab.json']);
  });

  it('fails cleanly when the directory does not exist', async () => {
    await expect(writeFileAtomic(join(directory, 'missing', 'file.bin'), 'x')).rejects.toThrow(/ENOENT/);
    expect(await readdir(directory)).toEqual([]);
  });
});
