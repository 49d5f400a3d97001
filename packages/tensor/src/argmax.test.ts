import { describe, expect, it } from 'vitest';
import { argmax, argmin } from './argmax.js';
import { IndexError, ValueError } from './errors.js';
import { tensor } from './tensor.js';

describe('argmax and argmin', () => {
  const t = tensor([[1, 9, 9], [7, 2, 3]]);
  it('along an axis, ties going to the first index', () => {
    expect(argmax(t, 1).toArray()).toEqual([1, 0]);
    expect(argmax(t, 0).toArray()).toEqual([1, 0, 0]);
    expect(argmin(t, 1).toArray()).toEqual([0, 1]);
    expect(argmin(t, -2, true).toArray()).toEqual([[0, 1, 1]]);
  });

  it('over the flattened tensor when axis is undefined', () => {
    const flat = argmax(t);
    expect(flat.shape).toEqual([]);
    expect(flat.item()).toBe(1);
    expect(argmin(t).item()).toBe(0);
    expect(argmax(t, undefined, true).shape).toEqual([1, 1]);
  });

  it('treats NaN as the extreme, first NaN wins', () => {
    expect(argmax(tensor([1, NaN, 5, NaN])).item()).toBe(1);
    expect(argmin(tensor([1, -5, NaN])).item()).toBe(2);
  });

  it('rejects empty axes and bad axes', () => {
    expect(() => argmax(tensor(new Float32Array(0), [2, 0]), 1)).toThrow(ValueError);
    expect(() => argmax(tensor(new Float32Array(0), [2, 0]), 1)).toThrow('argmax(t, axis): cannot take the argmax over an empty axis: t is [2,0], axis 1');
    expect(() => argmin(t, 2)).toThrow(IndexError);
    expect(() => argmin(t, 2)).toThrow(/^argmin\(t, axis\): axis 2 is out of range for shape \[2,3\]/);
    expect(() => argmax(t, [0, 1] as unknown as number)).toThrow(IndexError);
  });
});
