import { describe, expect, it } from 'vitest';
import { ShapeError, ValueError } from './errors.js';
import { Tensor, tensor } from './tensor.js';

describe('tensor()', () => {
  it('infers the shape of nested arrays', () => {
    const t = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(t.shape).toEqual([2, 3]);
    expect(Array.from(t.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(t.toArray()).toEqual([[1, 2, 3], [4, 5, 6]]);
  });

  it('accepts a flat typed array with a shape containing -1', () => {
    const t = tensor(new Float64Array([1, 2, 3, 4, 5, 6]), [3, -1]);
    expect(t.shape).toEqual([3, 2]);
    expect(t.toArray()).toEqual([[1, 2], [3, 4], [5, 6]]);
  });

  it('makes a scalar from a number', () => {
    const t = tensor(7);
    expect(t.shape).toEqual([]);
    expect(t.item()).toBe(7);
    expect(t.toArray()).toBe(7);
  });

  it('rejects ragged arrays with a ShapeError naming the depth', () => {
    expect(() => tensor([[1, 2], [3]])).toThrow(ShapeError);
    expect(() => tensor([[1, 2], [3]])).toThrow(/ragged.*depth 1/);
  });

  it('rejects non-numbers instead of coercing them', () => {
    expect(() => tensor([1, '2' as unknown as number])).toThrow(ValueError);
  });

  it('rejects a shape that does not fit the data', () => {
    expect(() => tensor([1, 2, 3], [2, 2])).toThrow(/has 4 elements, data has 3/);
    expect(() => tensor([1, 2, 3], [NaN])).toThrow(ShapeError);
    expect(() => new Tensor(new Float32Array(3), [2])).toThrow(/3 elements but shape \[2\] needs 2/);
  });

  it('freezes the shape', () => {
    const t = tensor([1, 2]);
    expect(Object.isFrozen(t.shape)).toBe(true);
  });

  it('prints like NumPy, eliding large tensors', () => {
    expect(String(tensor([[1, 2], [3, 40]]))).toBe('tensor([[ 1,  2],\n        [ 3, 40]], shape=[2,2])');
    const big = tensor(new Float32Array(5000), [50, 100]);
    const text = String(big);
    expect(text).toContain('...');
    expect(text.split('\n').length).toBeLessThan(10);
  });
});

describe('isTensor()', () => {
  it('recognizes tensors by brand, not by shape', async () => {
    const { isTensor } = await import('./tensor.js');
    expect(isTensor(tensor([1, 2]))).toBe(true);
    // Something that merely looks like a tensor (a Variable wraps one) is not one.
    expect(isTensor({ data: new Float32Array(2), shape: [2] })).toBe(false);
    const foreign = Object.create({ [Symbol.for('@mnemo/tensor/Tensor')]: true });
    expect(isTensor(foreign)).toBe(true);
  });
});
