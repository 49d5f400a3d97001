import { describe, expect, it } from 'vitest';
import { allClose } from './all-close.js';
import { ShapeError } from './errors.js';
import { tensor } from './tensor.js';

describe('allClose', () => {
  it('compares with relative and absolute tolerance', () => {
    expect(allClose(tensor([1, 2]), tensor([1, 2.000001]))).toBe(true);
    expect(allClose(tensor([1, 2]), tensor([1, 2.1]))).toBe(false);
    expect(allClose(tensor([1, 2]), tensor([1, 2.1]), { rtol: 0.1 })).toBe(true);
    expect(allClose(tensor([0]), tensor([1e-7]))).toBe(true);
    expect(allClose(tensor([0]), tensor([1e-5]), { atol: 0 })).toBe(false);
  });

  it('broadcasts', () => {
    expect(allClose(tensor([[1, 1], [1, 1]]), 1)).toBe(true);
    expect(allClose(tensor([[1, 1], [1, 2]]), tensor([1, 1]))).toBe(false);
  });

  it('handles NaN and infinities', () => {
    expect(allClose(tensor([NaN]), tensor([NaN]))).toBe(false);
    expect(allClose(tensor([NaN]), tensor([NaN]), { equalNaN: true })).toBe(true);
    expect(allClose(tensor([NaN]), tensor([1]), { equalNaN: true })).toBe(false);
    expect(allClose(tensor([Infinity]), tensor([Infinity]))).toBe(true);
    expect(allClose(tensor([1]), tensor([Infinity]))).toBe(false);
    expect(allClose(tensor([Infinity]), tensor([-Infinity]))).toBe(false);
  });

  it('rejects shapes that do not broadcast', () => {
    expect(() => allClose(tensor([1, 2]), tensor([1, 2, 3]))).toThrow(ShapeError);
    expect(() => allClose(tensor([1, 2]), tensor([1, 2, 3]))).toThrow('allClose(a, b): shapes [2] and [3] do not broadcast');
  });
});
