import { describe, expect, it } from 'vitest';
import { ValueError } from './errors.js';
import { tensor, type Tensor } from './tensor.js';
import { abs, exp, log, neg, reciprocal, sign, sqrt, square } from './unary.js';

const values = (t: Tensor): number[] => Array.from(t.data);

describe('unary ops', () => {
  it('on known values', () => {
    expect(neg(tensor([1, -2, 0])).toArray()).toEqual([-1, 2, -0]);
    expect(values(exp(tensor([0, 1, -Infinity])))).toEqual([1, Math.fround(Math.E), 0]);
    expect(values(log(tensor([1, 0, -1])))).toEqual([0, -Infinity, NaN]);
    expect(values(sqrt(tensor([4, 9, -1])))).toEqual([2, 3, NaN]);
    expect(abs(tensor([-3, 2])).toArray()).toEqual([3, 2]);
    expect(values(sign(tensor([-3, 0, 2, NaN])))).toEqual([-1, 0, 1, NaN]);
    expect(square(tensor([-3, 2])).toArray()).toEqual([9, 4]);
    expect(values(reciprocal(tensor([2, 4, 0])))).toEqual([0.5, 0.25, Infinity]);
  });

  it('keep the shape, accept numbers, never mutate', () => {
    const t = tensor([[1, 4]]);
    const result = sqrt(t);
    expect(result.shape).toEqual([1, 2]);
    expect(result.data).not.toBe(t.data);
    expect(t.toArray()).toEqual([[1, 4]]);
    expect(square(3).shape).toEqual([]);
    expect(exp(tensor(new Float32Array(0), [0, 2])).shape).toEqual([0, 2]);
  });

  it('overflow to Infinity in float32 rather than wrapping', () => {
    expect(exp(tensor([89])).item()).toBe(Infinity);
  });

  it('name the op when given something that is not a tensor', () => {
    expect(() => exp([1] as unknown as Tensor)).toThrow(ValueError);
    expect(() => exp([1] as unknown as Tensor)).toThrow(/^exp\(t\): t must be a Tensor or a number/);
  });
});
