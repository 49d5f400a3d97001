import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concat, stack } from './concat.js';
import { IndexError, ShapeError, ValueError } from './errors.js';
import { split } from './split.js';
import { tensor } from './tensor.js';
import { seededTensor, shapeArbitrary } from './test-helpers.js';

describe('concat', () => {
  it('joins along an existing axis', () => {
    expect(concat([tensor([[1, 2]]), tensor([[3, 4], [5, 6]])]).toArray()).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(concat([tensor([[1], [2]]), tensor([[3, 4], [5, 6]])], 1).toArray()).toEqual([[1, 3, 4], [2, 5, 6]]);
    expect(concat([tensor([1]), tensor(new Float32Array(0)), tensor([2])], -1).toArray()).toEqual([1, 2]);
    const single = tensor([1, 2]);
    expect(concat([single]).data).not.toBe(single.data);
  });

  it('rejects mismatched shapes, scalars, empty lists and bad axes', () => {
    expect(() => concat([tensor([[1, 2]]), tensor([[1, 2, 3]])])).toThrow(ShapeError);
    expect(() => concat([tensor([[1, 2]]), tensor([[1, 2, 3]])])).toThrow(
      'concat(tensors, axis): tensors[1] is [1,3] but tensors[0] is [1,2]; shapes must match except on axis 0',
    );
    expect(() => concat([tensor(1), tensor(2)])).toThrow(/tensors\[0\] is a scalar \[\]/);
    expect(() => concat([])).toThrow(ValueError);
    expect(() => concat([tensor([1])], 1)).toThrow(IndexError);
  });
});

describe('stack', () => {
  it('joins along a new axis', () => {
    expect(stack([tensor([1, 2]), tensor([3, 4])]).toArray()).toEqual([[1, 2], [3, 4]]);
    expect(stack([tensor([1, 2]), tensor([3, 4])], 1).toArray()).toEqual([[1, 3], [2, 4]]);
    expect(stack([tensor([1, 2]), tensor([3, 4])], -1).toArray()).toEqual([[1, 3], [2, 4]]);
    expect(stack([1, 2, 3]).toArray()).toEqual([1, 2, 3]);
  });

  it('rejects different shapes', () => {
    expect(() => stack([tensor([1, 2]), tensor([1])])).toThrow(ShapeError);
    expect(() => stack([tensor([1, 2]), tensor([1])])).toThrow('stack(tensors, axis): tensors[1] is [1] but tensors[0] is [2]; all shapes must be equal');
    expect(() => stack([tensor([1, 2])], 2)).toThrow(IndexError);
  });
});

describe('concat and split', () => {
  it('round-trip on random shapes, axes and sizes', () => {
    fc.assert(
      fc.property(
        shapeArbitrary(4, 5)
          .filter((shape) => shape.length >= 1)
          .chain((shape) =>
            fc.tuple(fc.constant(shape), fc.nat({ max: shape.length - 1 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }), fc.integer()),
          ),
        ([shape, axis, sizes, seed]) => {
          const pieces = sizes.map((size, i) => {
            const pieceShape = [...shape];
            pieceShape[axis] = size;
            return seededTensor(pieceShape, seed + i);
          });
          const joined = concat(pieces, axis);
          expect(joined.shape[axis]).toBe(sizes.reduce((x, y) => x + y, 0));
          const back = split(joined, sizes, axis);
          expect(back.length).toBe(pieces.length);
          back.forEach((piece, i) => {
            expect(piece.shape).toEqual(pieces[i].shape);
            expect(piece.data).toEqual(pieces[i].data);
          });
        },
      ),
      { numRuns: 80 },
    );
  });
});
