import { describe, expect, it } from 'vitest';
import { arange, zeros } from './creation.js';
import { IndexError, ShapeError } from './errors.js';
import { expandDims, reshape, squeeze } from './reshape.js';

describe('reshape', () => {
  it('reinterprets the shape and shares data', () => {
    const t = arange(6);
    const matrix = reshape(t, [2, -1]);
    expect(matrix.toArray()).toEqual([[0, 1, 2], [3, 4, 5]]);
    expect(matrix.data).toBe(t.data);
    expect(reshape(arange(1), []).shape).toEqual([]);
  });

  it('rejects shapes of the wrong size, two -1s and NaN, naming t\'s shape', () => {
    expect(() => reshape(arange(6), [4])).toThrow(ShapeError);
    expect(() => reshape(arange(6), [4])).toThrow('reshape(t, shape) with t [6]: shape [4] has 4 elements, data has 6');
    expect(() => reshape(arange(6), [-1, -1])).toThrow(/more than one -1/);
    expect(() => reshape(arange(6), [NaN, 6])).toThrow(/reshape\(t, shape\) with t \[6\]: shape \[NaN,6\] has size NaN/);
    expect(() => reshape(arange(6), [-1, 4])).toThrow(/cannot infer -1/);
  });
});

describe('expandDims', () => {
  it('inserts a size-1 axis, negative axes counting from the result\'s end', () => {
    expect(expandDims(zeros([2, 3]), 0).shape).toEqual([1, 2, 3]);
    expect(expandDims(zeros([2, 3]), 2).shape).toEqual([2, 3, 1]);
    expect(expandDims(zeros([2, 3]), -1).shape).toEqual([2, 3, 1]);
    expect(expandDims(zeros([2, 3]), -3).shape).toEqual([1, 2, 3]);
    expect(expandDims(5, 0).shape).toEqual([1]);
  });

  it('rejects an axis beyond rank', () => {
    expect(() => expandDims(zeros([2, 3]), 3)).toThrow(IndexError);
    expect(() => expandDims(zeros([2, 3]), -4)).toThrow(/^expandDims\(t, axis\): axis -4 is out of range for shape \[2,3\] \(valid: -3..2\)/);
  });
});

describe('squeeze', () => {
  it('removes all or the listed size-1 axes, sharing data', () => {
    const t = zeros([1, 3, 1]);
    expect(squeeze(t).shape).toEqual([3]);
    expect(squeeze(t, 0).shape).toEqual([3, 1]);
    expect(squeeze(t, [0, -1]).shape).toEqual([3]);
    expect(squeeze(t).data).toBe(t.data);
    expect(squeeze(zeros([1, 1])).shape).toEqual([]);
  });

  it('rejects squeezing an axis that is not size 1', () => {
    expect(() => squeeze(zeros([1, 3]), 1)).toThrow(ShapeError);
    expect(() => squeeze(zeros([1, 3]), 1)).toThrow('squeeze(t, axes): axis 1 of t [1,3] has size 3, not 1');
    expect(() => squeeze(zeros([1, 3]), 2)).toThrow(IndexError);
  });
});
