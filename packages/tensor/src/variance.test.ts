import { describe, expect, it } from 'vitest';
import { IndexError, ValueError } from './errors.js';
import { tensor } from './tensor.js';
import { variance } from './variance.js';

describe('variance', () => {
  it('population and sample variance', () => {
    expect(variance(tensor([1, 2, 3, 4])).item()).toBe(1.25);
    expect(variance(tensor([1, 2, 3, 4]), 0, false, 1).item()).toBeCloseTo(5 / 3, 6);
    expect(variance(tensor([[1, 3], [2, 2]]), 1, true).toArray()).toEqual([[1], [0]]);
    expect(variance(tensor([[1, 3], [2, 2]]), 0).toArray()).toEqual([0.25, 0.25]);
  });

  it('is accurate for a large offset (two passes)', () => {
    expect(variance(tensor([1e4 + 1, 1e4 + 2, 1e4 + 3])).item()).toBeCloseTo(2 / 3, 5);
  });

  it('gives NaN when n - correction <= 0 for a constant row', () => {
    expect(Number.isNaN(variance(tensor([5]), undefined, false, 1).item())).toBe(true);
  });

  it('rejects a bad correction or axis', () => {
    expect(() => variance(tensor([1]), 0, false, -1)).toThrow(ValueError);
    expect(() => variance(tensor([1]), 0, false, -1)).toThrow(/variance\(t, axes, keepDims, correction\): correction must be/);
    expect(() => variance(tensor([[1]]), 3)).toThrow(IndexError);
    expect(() => variance(tensor([[1]]), 3)).toThrow(/shape \[1,1\]/);
  });
});
