import { describe, expect, it } from 'vitest';
import { ValueError } from './errors.js';
import { norm } from './norm.js';
import { tensor } from './tensor.js';

describe('norm', () => {
  it('L1, L2 and max norms', () => {
    expect(norm(tensor([3, 4])).item()).toBe(5);
    expect(norm(tensor([[3, -4], [1, 1]]), 1, false, 1).toArray()).toEqual([7, 2]);
    expect(norm(tensor([[3, -4], [1, 1]]), undefined, false, Infinity).item()).toBe(4);
    expect(norm(tensor([[3, -4], [0, 0]]), 0, true).shape).toEqual([1, 2]);
    expect(norm(tensor(new Float32Array(0), [0])).item()).toBe(0);
  });

  it('propagates NaN through the max norm', () => {
    expect(Number.isNaN(norm(tensor([NaN, 5]), 0, false, Infinity).item())).toBe(true);
  });

  it('rejects an unsupported ord', () => {
    expect(() => norm(tensor([1]), 0, false, 3 as 2)).toThrow(ValueError);
    expect(() => norm(tensor([1]), 0, false, 3 as 2)).toThrow('norm(t, axes, keepDims, ord): ord must be 1, 2 or Infinity, got 3');
  });
});
