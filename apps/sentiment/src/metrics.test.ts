import { describe, expect, it } from 'vitest';
import { ValueError } from '@mnemo/tensor';
import { binaryMetrics, formatMetrics, thresholdProbabilities } from './metrics.js';

describe('binaryMetrics', () => {
  it('matches hand-computed values', () => {
    // TP = 3 (0, 4, 6), FP = 1 (1), TN = 2 (2, 5), FN = 2 (3, 7)
    const metrics = binaryMetrics([1, 1, 0, 0, 1, 0, 1, 0], [1, 0, 0, 1, 1, 0, 1, 1]);
    expect(metrics.confusion).toEqual({ truePositive: 3, falsePositive: 1, trueNegative: 2, falseNegative: 2 });
    expect(metrics.count).toBe(8);
    expect(metrics.accuracy).toBeCloseTo(5 / 8, 12);
    expect(metrics.precision).toBeCloseTo(3 / 4, 12);
    expect(metrics.recall).toBeCloseTo(3 / 5, 12);
    expect(metrics.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 12);
  });

  it('reports 0 for undefined ratios instead of NaN', () => {
    const metrics = binaryMetrics([0, 0], [0, 0]);
    expect(metrics.accuracy).toBe(1);
    expect(metrics.precision).toBe(0);
    expect(metrics.recall).toBe(0);
    expect(metrics.f1).toBe(0);
  });

  it('rejects mismatched lengths and labels that are not 0/1', () => {
    expect(() => binaryMetrics([1], [1, 0])).toThrow(ValueError);
    expect(() => binaryMetrics([2], [1])).toThrow(/entry 0 is 2 vs 1/);
  });
});

describe('thresholdProbabilities', () => {
  it('calls 0.5 positive', () => {
    expect([...thresholdProbabilities([0.2, 0.5, 0.9, 0.49])]).toEqual([0, 1, 1, 0]);
  });
});

describe('formatMetrics', () => {
  it('shows the four counts in the confusion matrix rows', () => {
    const text = formatMetrics(binaryMetrics([1, 1, 0, 0, 1, 0, 1, 0], [1, 0, 0, 1, 1, 0, 1, 1]), 'test');
    expect(text).toContain('accuracy    62.5%');
    expect(text).toMatch(/actual negative\s+2\s+1/);
    expect(text).toMatch(/actual positive\s+2\s+3/);
  });
});
