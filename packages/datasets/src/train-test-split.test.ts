import { createRng } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { loadSentimentSentences } from './corpus/sentiment-sentences.js';
import { trainTestSplit } from './train-test-split.js';

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

describe('trainTestSplit', () => {
  it('holds every item exactly once, round(n * testFraction) of them in test', () => {
    const { train, test } = trainTestSplit(range(103), { testFraction: 0.25, seed: 1 });
    expect(test).toHaveLength(26);
    expect(train).toHaveLength(77);
    expect([...train, ...test].sort((a, b) => a - b)).toEqual(range(103));
  });

  it('is reproducible from its seed', () => {
    const a = trainTestSplit(range(50), { testFraction: 0.2, seed: 3 });
    const b = trainTestSplit(range(50), { testFraction: 0.2, seed: 3 });
    const c = trainTestSplit(range(50), { testFraction: 0.2, seed: 4 });
    expect(a).toEqual(b);
    expect(a.test).not.toEqual(c.test);
    expect(trainTestSplit(range(50), { testFraction: 0.2, rng: createRng(3) })).toEqual(a);
  });

  it('stratified, keeps each class proportion within one item per class', () => {
    // 70 of class a, 25 of b, 5 of c
    const items = range(100).map((index) => ({ index, label: index < 70 ? 'a' : index < 95 ? 'b' : 'c' }));
    for (const seed of [0, 1, 2]) {
      const { train, test } = trainTestSplit(items, { testFraction: 0.3, stratify: (item) => item.label, seed });
      const count = (list: typeof items, label: string) => list.filter((item) => item.label === label).length;
      expect([count(test, 'a'), count(test, 'b'), count(test, 'c')]).toEqual([21, 8, 2]);
      expect([count(train, 'a'), count(train, 'b'), count(train, 'c')]).toEqual([49, 17, 3]);
    }
  });

  it('stratifies the corpus by label and source: 80/20 in every cell', () => {
    const sentences = loadSentimentSentences();
    const { train, test } = trainTestSplit(sentences, { testFraction: 0.2, stratify: (s) => `${s.source}/${s.label}`, seed: 11 });
    expect([train.length, test.length]).toEqual([2400, 600]);
    for (const source of ['amazon', 'imdb', 'yelp']) {
      for (const label of [0, 1]) {
        expect(test.filter((s) => s.source === source && s.label === label)).toHaveLength(100);
      }
    }
  });

  it('stratified, gives a class of two items one test item', () => {
    const items = range(40).map((index) => ({ index, rare: index === 0 || index === 1 }));
    const stratified = trainTestSplit(items, { testFraction: 0.5, stratify: (item) => item.rare, seed: 0 });
    expect(stratified.test.filter((item) => item.rare)).toHaveLength(1);
  });

  it('returns shuffled sets, not the input order', () => {
    const { train } = trainTestSplit(range(100), { testFraction: 0.1, seed: 2 });
    expect(train).not.toEqual([...train].sort((a, b) => a - b));
  });

  it('rejects bad options by name', () => {
    expect(() => trainTestSplit(range(10), { testFraction: 0, seed: 1 })).toThrow(/testFraction must be a number strictly between 0 and 1, got 0/);
    expect(() => trainTestSplit(range(10), { testFraction: 1.5, seed: 1 })).toThrow(/got 1.5/);
    expect(() => trainTestSplit(range(10), { testFraction: 0.2 } as never)).toThrow(/trainTestSplit\(items, options\): pass \{ seed \} or \{ rng \}/);
    expect(() => trainTestSplit(range(10), { testFraction: 0.2, seed: 1, stratify: 'label' as never })).toThrow(/stratify must be a function/);
    expect(() => trainTestSplit(range(10), { testSize: 0.2, seed: 1 } as never)).toThrow(/unknown option "testSize"/);
  });
});
