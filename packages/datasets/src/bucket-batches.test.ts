import { describe, expect, it } from 'vitest';
import { batches } from './batches.js';
import { bucketBatches } from './bucket-batches.js';
import { loadSentimentSentences } from './corpus/sentiment-sentences.js';
import { tokenize } from './tokenize.js';

/** Padding steps a batch needs when padded to its longest item. */
const paddingOf = (groups: Iterable<{ length: number }[]>) => {
  let padding = 0;
  for (const group of groups) {
    const longest = Math.max(...group.map((tokens) => tokens.length));
    for (const tokens of group) padding += longest - tokens.length;
  }
  return padding;
};

describe('bucketBatches', () => {
  const corpus = loadSentimentSentences().map((sentence) => tokenize(sentence.text));
  const length = (tokens: string[]) => tokens.length;

  it('covers every item exactly once', () => {
    const items = corpus.map((tokens, index) => ({ tokens, index }));
    const seen = [...bucketBatches(items, 32, { length: (item) => item.tokens.length, seed: 1 })].flat().map((item) => item.index);
    expect(seen.sort((a, b) => a - b)).toEqual(items.map((item) => item.index));
  });

  it('pads far less than random batching on the corpus', () => {
    const random = paddingOf(batches(corpus, 32, { shuffle: true, seed: 1 }));
    const bucketed = paddingOf(bucketBatches(corpus, 32, { length, seed: 1 }));
    expect(bucketed).toBeLessThan(random / 5);
  });

  it('is reproducible from its seed and still random in batch order', () => {
    const a = [...bucketBatches(corpus, 16, { length, seed: 2 })];
    const b = [...bucketBatches(corpus, 16, { length, seed: 2 })];
    expect(a).toEqual(b);
    const longestPerBatch = a.map((group) => Math.max(...group.map(length)));
    expect(longestPerBatch).not.toEqual([...longestPerBatch].sort((x, y) => x - y));
  });

  it('sorts within pools only: a pool of one batch is plain shuffled batching', () => {
    const items = Array.from({ length: 12 }, (_, index) => [index % 5]);
    const groups = [...bucketBatches(items, 4, { length: (item) => item[0], seed: 3, poolSize: 4 })];
    expect(groups).toHaveLength(3);
    for (const group of groups) expect(group.map((item) => item[0])).toEqual([...group.map((item) => item[0])].sort((x, y) => x - y));
  });

  it('drops short batches with dropLast', () => {
    const groups = [...bucketBatches(corpus.slice(0, 100), 32, { length, seed: 0, poolSize: 50, dropLast: true })];
    // pools of 50 and 50 → one full batch each, the 18-item remainders dropped
    expect(groups.map((group) => group.length)).toEqual([32, 32]);
  });

  it('rejects bad options by name', () => {
    expect(() => bucketBatches(corpus, 8, { seed: 1 } as never)).toThrow(/length must be a function/);
    expect(() => bucketBatches(corpus, 8, { length, seed: 1, poolSize: 0 })).toThrow(/poolSize must be a positive integer, got 0/);
    expect(() => bucketBatches([[1]], 8, { length: () => Number.NaN, seed: 1 })).toThrow(/length\(item\) must be a non-negative number, got NaN/);
    expect(() => bucketBatches(corpus, 8, { length })).toThrow(/pass \{ seed \} or \{ rng \}/);
  });
});
