import { beforeAll, describe, expect, it } from 'vitest';
import { FormatError } from '@mnemo/tensor';
import { bundleInfo, checkInfo, decodeBundle, encodeBundle, type BundleContents } from './bundle-format.js';
import { predictTexts } from './predict.js';
import { trainTiny } from './test-helpers.js';
import type { TrainResult } from './train.js';

describe('bundle format', () => {
  let trained: TrainResult;
  let contents: BundleContents;
  beforeAll(async () => {
    trained = await trainTiny({ training: { epochs: 1 }, writeCurves: false });
    contents = encodeBundle({ model: trained.model, vocabulary: trained.data.vocabulary, info: bundleInfo(trained.config, trained.data.positiveRate, trained.history[0]) });
  });

  it('decodes what it encodes: the same predictions, config.json naming the epoch', () => {
    const decoded = decodeBundle(contents);
    expect(decoded.directory).toBe('browser');
    expect(decoded.info.bestEpoch).toBe(1);
    const texts = ['Great sound, excellent value!', 'The battery died after a day.'];
    const inMemory = { ...decoded, model: trained.model };
    expect(predictTexts(decoded, texts).map((p) => p.probability)).toEqual(predictTexts(inMemory, texts).map((p) => p.probability));
  });

  it('names files as told, and rejects weights that do not fit', () => {
    const other = decodeBundle(contents, { fileName: (name) => `run/${name}` });
    expect(other.info.model.vocabularySize).toBe(trained.data.vocabulary.size);
    const wrongSize = JSON.stringify({ ...JSON.parse(contents.config), model: { ...trained.config.model, hiddenSize: 7 } });
    expect(() => decodeBundle({ ...contents, config: wrongSize }, { fileName: (name) => `run/${name}` })).toThrow(/run\/weights\.safetensors: the weights do not fit the model run\/config\.json describes/);
    expect(() => decodeBundle({ ...contents, config: wrongSize })).toThrow(FormatError);
  });

  it('checkInfo names the problem', () => {
    expect(() => checkInfo('config.json', [])).toThrow(/config\.json: expected a JSON object/);
    expect(() => checkInfo('config.json', { ...JSON.parse(contents.config), version: 2 })).toThrow(/unsupported version 2/);
    expect(() => checkInfo('config.json', { ...JSON.parse(contents.config), positiveRate: 1.5 })).toThrow(/positiveRate must be a number in \[0, 1\]/);
  });
});
