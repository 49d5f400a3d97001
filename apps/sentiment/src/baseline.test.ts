import { describe, expect, it } from 'vitest';
import { loadSentimentSentences } from '@mnemo/datasets';
import { ValueError } from '@mnemo/tensor';
import { bagOfWordsProbabilities, evaluateBaseline, trainBagOfWords } from './baseline.js';

describe('bag-of-words logistic regression', () => {
  it('learns which words are positive and which negative', () => {
    // word 2 means positive, word 3 negative, words 4 and 5 are noise.
    const sequences = [[2, 4], [2, 5], [2, 2, 4], [3, 4], [3, 5], [3, 3, 5]];
    const labels = [1, 1, 1, 0, 0, 0];
    const model = trainBagOfWords(sequences, labels, 6);
    expect(model.weights[2]).toBeGreaterThan(0.5);
    expect(model.weights[3]).toBeLessThan(-0.5);
    expect(Math.abs(model.weights[4])).toBeLessThan(Math.abs(model.weights[2]));
    const [positive, negative, unknown] = bagOfWordsProbabilities(model, [[2], [3], []]);
    expect(positive).toBeGreaterThan(0.7);
    expect(negative).toBeLessThan(0.3);
    expect(unknown).toBeCloseTo(0.5, 1);
  });

  it('regularises more with a smaller C', () => {
    const sequences = [[2], [3]];
    const strong = trainBagOfWords(sequences, [1, 0], 4, { inverseRegularization: 0.1 });
    const weak = trainBagOfWords(sequences, [1, 0], 4, { inverseRegularization: 10 });
    expect(Math.abs(strong.weights[2])).toBeLessThan(Math.abs(weak.weights[2]));
  });

  it('rejects ids outside the vocabulary and mismatched labels', () => {
    expect(() => trainBagOfWords([[7]], [1], 4)).toThrow(ValueError);
    expect(() => trainBagOfWords([[1]], [1, 0], 4)).toThrow('1 sequences but 2 labels');
  });

  it('beats chance clearly on one source of the corpus', () => {
    const sentences = loadSentimentSentences({ sources: ['yelp'] });
    const result = evaluateBaseline(sentences, { seed: 1, testFraction: 0.2 }, { iterations: 150 });
    expect(result.trainSize).toBe(800);
    expect(result.metrics.count).toBe(200);
    expect(result.metrics.accuracy).toBeGreaterThan(0.7);
  });
});
