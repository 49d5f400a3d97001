import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FormatError, MnemoError } from '@mnemo/tensor';
import { BundleError, type Bundle } from './bundle-format.js';
import { loadBundle } from './bundle.js';
import { predictTexts } from './predict.js';
import { temporaryDirectory, trainTiny } from './test-helpers.js';
import type { TrainResult } from './train.js';

const texts = ['The battery died after a day.', 'Great sound, excellent value!', 'I would not recommend this place.', ''];

/** A copy of the trained model directory, to damage one file of. */
async function copyOf(directory: string): Promise<string> {
  const copy = await temporaryDirectory();
  for (const file of ['weights.safetensors', 'vocabulary.json', 'config.json']) await writeFile(join(copy, file), await readFile(join(directory, file)));
  return copy;
}

describe('model directory', () => {
  let trained: TrainResult;
  beforeAll(async () => {
    trained = await trainTiny();
  });

  it('round-trips: save, load, predict gives bit-identical probabilities', async () => {
    const loaded = await loadBundle(trained.files.directory);
    const inMemory: Bundle = { directory: trained.files.directory, model: trained.model, vocabulary: trained.data.vocabulary, info: loaded.info };
    const before = predictTexts(inMemory, texts).map((prediction) => prediction.probability);
    const after = predictTexts(loaded, texts).map((prediction) => prediction.probability);
    expect(after).toEqual(before);
    expect(new Set(after).size).toBeGreaterThan(1);
    expect(loaded.vocabulary.tokens).toEqual(trained.data.vocabulary.tokens);
  });

  it('names the missing file when there is no model', async () => {
    const empty = await temporaryDirectory();
    await expect(loadBundle(empty)).rejects.toThrow(BundleError);
    await expect(loadBundle(empty)).rejects.toThrow(`${join(empty, 'config.json')}: not found`);
    const copy = await copyOf(trained.files.directory);
    await rm(join(copy, 'weights.safetensors'));
    await expect(loadBundle(copy)).rejects.toThrow(`${join(copy, 'weights.safetensors')}: not found`);
  });

  it.each([
    ['config.json', '{"format": "mnemo-sentiment", "version": 1', /config\.json: not valid JSON/],
    ['config.json', '{"format": "something-else"}', /config\.json: format must be "mnemo-sentiment"/],
    ['vocabulary.json', '{"format": "mnemo-vocabulary", "version": 1, "tokens": ["<pad>", "<unk>", "a"]}', /vocabulary\.json: holds 3 tokens but .*vocabularySize/],
    ['vocabulary.json', 'garbage', /vocabulary\.json: .*not valid JSON/],
    ['weights.safetensors', 'short', /weights\.safetensors/],
  ])('rejects a corrupted %s with an error naming it', async (file, contents, message) => {
    const copy = await copyOf(trained.files.directory);
    await writeFile(join(copy, file), contents);
    const loading = loadBundle(copy);
    await expect(loading).rejects.toSatisfy(MnemoError.isInstance.bind(MnemoError));
    await expect(loading).rejects.toThrow(message);
  });

  it('rejects truncated weights as a FormatError', async () => {
    const copy = await copyOf(trained.files.directory);
    const bytes = await readFile(join(copy, 'weights.safetensors'));
    await writeFile(join(copy, 'weights.safetensors'), bytes.subarray(0, bytes.length - 10));
    await expect(loadBundle(copy)).rejects.toThrow(FormatError);
  });
});
