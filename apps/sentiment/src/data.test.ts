import { describe, expect, it } from 'vitest';
import { loadSentimentSentences } from '@mnemo/datasets';
import { makeBatch, prepareData, splitCorpus } from './data.js';

describe('the data protocol', () => {
  const sentences = loadSentimentSentences();
  const settings = { seed: 1, testFraction: 0.2, validationFraction: 0.1, minFrequency: 1 };

  it('splits 3,000 sentences into 2,160 / 240 / 600, each half positive, disjoint, reproducibly', () => {
    const { train, validation, test } = splitCorpus(sentences, settings);
    expect([train.length, validation.length, test.length]).toEqual([2160, 240, 600]);
    for (const part of [train, validation, test]) expect(part.filter((sentence) => sentence.label === 1).length).toBe(part.length / 2);
    const texts = new Set([...train, ...validation, ...test].map((sentence) => `${sentence.source}:${sentence.text}`));
    expect(texts.size).toBeGreaterThan(2950); // the corpus repeats a few sentences
    expect(splitCorpus(sentences, settings).test.map((sentence) => sentence.text)).toEqual(test.map((sentence) => sentence.text));
    expect(splitCorpus(sentences, { ...settings, seed: 2 }).test.map((sentence) => sentence.text)).not.toEqual(test.map((sentence) => sentence.text));
  });

  it('builds the vocabulary from the training part only', () => {
    const data = prepareData(sentences, settings, 200);
    const trainWords = new Set(data.train.flatMap((example) => example.ids));
    expect(trainWords.size).toBe(data.vocabulary.size - 2); // every id but <pad> and <unk> occurs in training
    const unknownInTest = data.test.reduce((count, example) => count + example.ids.filter((id) => id === 1).length, 0);
    expect(unknownInTest).toBeGreaterThan(0);
    expect(data.positiveRate).toBe(0.5);
  });

  it('cuts long sentences to maxLength and pads empty ones to one <pad> step', () => {
    const data = prepareData(sentences, settings, 5);
    expect(Math.max(...data.train.map((example) => example.ids.length))).toBe(5);
    const batch = makeBatch([[4, 5], []], [1, 0]);
    expect(batch.ids.toArray()).toEqual([[4, 5], [0, 0]]);
    expect(batch.lengths.toArray()).toEqual([2, 1]);
    expect(batch.labels.toArray()).toEqual([1, 0]);
  });
});
