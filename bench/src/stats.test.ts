import { describe, expect, it } from 'vitest';
import { median, pairedSpeedup, quantile, summarize } from './stats.js';

describe('stats', () => {
  it('takes the median of odd and even counts, unsorted', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('interpolates quantiles between order statistics', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
    expect(quantile([10, 0], 0)).toBe(0);
    expect(quantile([10, 0], 1)).toBe(10);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it('summarizes with a robust center and a relative spread', () => {
    const summary = summarize([1, 2, 3, 4, 100]);
    expect(summary).toMatchObject({ count: 5, median: 3, min: 1, max: 100, q1: 2, q3: 4 });
    expect(summary.relativeSpread).toBeCloseTo(2 / 3);
  });

  it('pairs ratios by round', () => {
    // Round 2 is slow for both contenders; paired ratios ignore that.
    expect(pairedSpeedup([10, 40, 10], [2, 8, 2])).toBe(5);
    expect(pairedSpeedup([10, 20], [2, 5])).toBe(4.5);
  });
});
