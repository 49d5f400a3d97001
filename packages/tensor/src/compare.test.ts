import { describe, expect, it } from 'vitest';
import { equal, greater, greaterEqual, less, lessEqual, notEqual } from './compare.js';
import { ShapeError } from './errors.js';
import { tensor } from './tensor.js';

describe('comparisons', () => {
  const t = tensor([1, 2, 3]);
  it('return 0/1 float tensors', () => {
    expect(equal(t, 2).toArray()).toEqual([0, 1, 0]);
    expect(notEqual(t, 2).toArray()).toEqual([1, 0, 1]);
    expect(greater(t, 2).toArray()).toEqual([0, 0, 1]);
    expect(greaterEqual(t, 2).toArray()).toEqual([0, 1, 1]);
    expect(less(t, 2).toArray()).toEqual([1, 0, 0]);
    expect(lessEqual(t, 2).toArray()).toEqual([1, 1, 0]);
    expect(greater(t, t).data).toBeInstanceOf(Float32Array);
  });

  it('broadcast', () => {
    expect(less(t, tensor([[2], [3]])).toArray()).toEqual([[1, 0, 0], [1, 1, 0]]);
  });

  it('treat NaN as unequal to everything', () => {
    const nan = tensor([NaN]);
    expect(equal(nan, nan).item()).toBe(0);
    expect(notEqual(nan, nan).item()).toBe(1);
    expect(greaterEqual(nan, 0).item()).toBe(0);
    expect(lessEqual(nan, 0).item()).toBe(0);
  });

  it('name the op in shape errors', () => {
    expect(() => greater(tensor([1, 2]), tensor([1, 2, 3]))).toThrow(ShapeError);
    expect(() => greater(tensor([1, 2]), tensor([1, 2, 3]))).toThrow('greater(a, b): shapes [2] and [3] do not broadcast');
  });
});
