import { parameter, type Parameter } from '@mnemo/autograd';
import { FormatError, ShapeError, ValueError, tensor } from '@mnemo/tensor';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Module } from '../module.js';
import { encodeSafetensors } from '../safetensors/encode.js';
import { loadWeights, readSafetensors, saveWeights } from './weights.js';

class Small extends Module {
  readonly weight: Parameter;
  readonly bias: Parameter;
  constructor(fill: number, columns = 3) {
    super();
    this.weight = parameter(tensor(new Array(2 * columns).fill(fill), [2, columns]));
    this.bias = parameter(tensor([fill, fill]));
  }
}

const values = (module: Module): number[][] => module.parameters().map((param) => Array.from(param.value.data));

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'mnemo-weights-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('saveWeights / loadWeights', () => {
  it('round-trips parameters and metadata through a file', async () => {
    const path = join(directory, 'model.safetensors');
    await saveWeights(path, new Small(1.5), { metadata: { epoch: '3' } });
    const target = new Small(0);
    const result = await loadWeights(path, target);
    expect(result).toEqual({ missing: [], unexpected: [], metadata: { epoch: '3' } });
    expect(values(target)).toEqual(values(new Small(1.5)));
    expect((await readSafetensors(path)).tensors.weight.shape).toEqual([2, 3]);
    expect(await readdir(directory)).toEqual(['model.safetensors']);
  });

  it('writes the same bytes as encodeSafetensors on the state dict', async () => {
    const path = join(directory, 'model.safetensors');
    const module = new Small(2);
    await saveWeights(path, module);
    expect(Array.from(await readFile(path))).toEqual(Array.from(encodeSafetensors(module.stateDict())));
  });

  it('a truncated file gives a FormatError naming the file, and leaves the module untouched', async () => {
    const path = join(directory, 'cut.safetensors');
    const bytes = encodeSafetensors(new Small(5).stateDict());
    const target = new Small(1);
    for (const cut of [4, 20, bytes.length - 1]) {
      await writeFile(path, bytes.subarray(0, cut));
      const error = await loadWeights(path, target).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(FormatError);
      expect((error as FormatError).file).toBe(path);
      expect((error as Error).message.startsWith(`${path}: `)).toBe(true);
    }
    expect(values(target)).toEqual(values(new Small(1)));
  });

  it('a mismatched file names the file and every problem, and leaves the module untouched', async () => {
    const path = join(directory, 'other.safetensors');
    await writeFile(path, encodeSafetensors({ weight: tensor(new Array(8).fill(9), [2, 4]), extra: tensor([1]) }));
    const target = new Small(1);
    const error = await loadWeights(path, target).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ShapeError);
    const message = (error as Error).message;
    expect(message.startsWith(`${path}: Small.loadStateDict(dict)`)).toBe(true);
    expect(message).toContain('missing from the dict (1): bias');
    expect(message).toContain('unexpected in the dict (1): extra');
    expect(message).toContain('shape mismatch: weight is [2,3] in the module, [2,4] in the dict');
    expect(values(target)).toEqual(values(new Small(1)));
    await writeFile(path, encodeSafetensors({ weight: tensor(new Array(6).fill(9), [2, 3]) }));
    await expect(loadWeights(path, target)).rejects.toThrow(ValueError);
    expect(await loadWeights(path, target, { strict: false })).toEqual({ missing: ['bias'], unexpected: [], metadata: {} });
    expect(target.weight.value.data[0]).toBe(9);
  });

  it('an existing file survives a save that fails, and no temporary file is left', async () => {
    const path = join(directory, 'model.safetensors');
    await saveWeights(path, new Small(1));
    const before = await readFile(path);
    // Fails while encoding: a state dict entry that is not a Tensor.
    const broken = new Small(2);
    broken.stateDict = () => ({ weight: 'not a tensor' as never });
    await expect(saveWeights(path, broken)).rejects.toThrow(ValueError);
    // Fails on metadata.
    await expect(saveWeights(path, new Small(2), { metadata: { epoch: 3 as never } })).rejects.toThrow(/must be a string/);
    expect(Array.from(await readFile(path))).toEqual(Array.from(before));
    // Fails at the rename: the target is a directory.
    const blocked = join(directory, 'blocked');
    await mkdir(blocked);
    await expect(saveWeights(blocked, new Small(2))).rejects.toThrow();
    expect((await readdir(directory)).sort()).toEqual(['blocked', 'model.safetensors']);
  });

  it('a missing file is reported by the file system error', async () => {
    await expect(loadWeights(join(directory, 'nope.safetensors'), new Small(0))).rejects.toThrow(/ENOENT.*nope\.safetensors/);
  });
});
