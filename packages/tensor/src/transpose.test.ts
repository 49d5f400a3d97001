import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arange, zeros } from './creation.js';
import { IndexError, ShapeError } from './errors.js';
import { reshape } from './reshape.js';
import { stridesOf } from './shape.js';
import { tensor } from './tensor.js';
import { coordinatesOf, seededTensor, shapeArbitrary } from './test-helpers.js';
import { permute, transpose } from './transpose.js';

describe('transpose', () => {
  it('swaps the last two axes by default', () => {
    expect(transpose(tensor([[1, 2, 3], [4, 5, 6]])).toArray()).toEqual([[1, 4], [2, 5], [3, 6]]);
    const batch = transpose(reshape(arange(12), [2, 2, 3]));
    expect(batch.shape).toEqual([2, 3, 2]);
    expect(batch.toArray()).toEqual([[[0, 3], [1, 4], [2, 5]], [[6, 9], [7, 10], [8, 11]]]);
    expect(transpose(zeros([2, 3, 4]), 0, 2).shape).toEqual([4, 3, 2]);
  });

  it('transposes large matrices (the tiled path) correctly', () => {
    const rows = 70;
    const columns = 45;
    const t = reshape(arange(rows * columns), [rows, columns]);
    const result = transpose(t);
    for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) expect(result.data[j * rows + i]).toBe(i * columns + j);
    const batched = transpose(reshape(arange(3 * rows * columns), [3, rows, columns]));
    expect(batched.data[2 * rows * columns + 5 * rows + 7]).toBe(2 * rows * columns + 7 * columns + 5);
  });

  it('rejects rank < 2 and bad axes', () => {
    expect(() => transpose(tensor([1, 2]))).toThrow(ShapeError);
    expect(() => transpose(tensor([1, 2]))).toThrow('transpose(t, axis0, axis1): t [2] has rank 1; transpose needs rank >= 2');
    expect(() => transpose(zeros([2, 2]), 0, 2)).toThrow(IndexError);
    expect(() => transpose(zeros([2, 2]), 0, 2)).toThrow(/axis1 2 is out of range for shape \[2,2\]/);
  });

  it('is an involution', () => {
    fc.assert(
      fc.property(shapeArbitrary(4, 5).filter((shape) => shape.length >= 2), fc.integer(), fc.nat(), fc.nat(), (shape, seed, first, second) => {
        const t = seededTensor(shape, seed);
        const axis0 = first % shape.length;
        const axis1 = second % shape.length;
        const twice = transpose(transpose(t, axis0, axis1), axis0, axis1);
        expect(twice.shape).toEqual(shape);
        expect(twice.data).toEqual(t.data);
      }),
      { numRuns: 60 },
    );
  });
});

describe('permute', () => {
  it('reorders axes', () => {
    const t = reshape(arange(24), [2, 3, 4]);
    const result = permute(t, [2, 0, 1]);
    expect(result.shape).toEqual([4, 2, 3]);
    expect(result.data[1 * 6 + 1 * 3 + 2]).toBe(1 * 12 + 2 * 4 + 1); // out[1,1,2] = t[1,2,1]
    expect(permute(t, [-3, -2, -1]).data).toEqual(t.data);
  });

  it('rejects lists that are not a permutation', () => {
    expect(() => permute(zeros([2, 3]), [0])).toThrow(ShapeError);
    expect(() => permute(zeros([2, 3]), [0])).toThrow('permute(t, axes): axes [0] must list each of the 2 axes of t [2,3] once');
    expect(() => permute(zeros([2, 3]), [1, 1])).toThrow(/axes \[1,1\] is not a permutation of the axes of t \[2,3\]/);
    expect(() => permute(zeros([2, 3]), [0, 2])).toThrow(IndexError);
  });

  it('matches naive index arithmetic, and its inverse permutation restores t', () => {
    fc.assert(
      fc.property(
        shapeArbitrary(5, 4).chain((shape) => fc.tuple(fc.constant(shape), fc.shuffledSubarray([...shape.keys()], { minLength: shape.length }), fc.integer())),
        ([shape, axes, seed]) => {
          const t = seededTensor(shape, seed);
          const result = permute(t, axes);
          const strides = stridesOf(shape);
          for (let i = 0; i < result.size; i++) {
            const at = coordinatesOf(i, result.shape);
            let source = 0;
            for (let k = 0; k < axes.length; k++) source += at[k] * strides[axes[k]];
            expect(result.data[i]).toBe(t.data[source]);
          }
          const inverse = new Array<number>(axes.length);
          axes.forEach((axis, k) => (inverse[axis] = k));
          const back = permute(result, inverse);
          expect(back.shape).toEqual(shape);
          expect(back.data).toEqual(t.data);
        },
      ),
      { numRuns: 80 },
    );
  });
});
