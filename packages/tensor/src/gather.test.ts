import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexError, ShapeError } from './errors.js';
import { gather, scatterAdd } from './gather.js';
import { tensor } from './tensor.js';
import { seededTensor, shapeArbitrary } from './test-helpers.js';

describe('gather', () => {
  const table = tensor([[0, 0], [1, 1], [2, 2]]);
  it('picks rows by index, from arrays, Int32Arrays and tensors', () => {
    expect(gather(table, [2, 0, 2]).toArray()).toEqual([[2, 2], [0, 0], [2, 2]]);
    expect(gather(table, new Int32Array([1])).toArray()).toEqual([[1, 1]]);
    const nested = gather(table, tensor([[1], [2]]));
    expect(nested.shape).toEqual([2, 1, 2]);
    expect(nested.toArray()).toEqual([[[1, 1]], [[2, 2]]]);
    expect(gather(table, []).shape).toEqual([0, 2]);
  });

  it('picks along other axes', () => {
    const matrix = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(gather(matrix, [2, 0], 1).toArray()).toEqual([[3, 1], [6, 4]]);
    expect(gather(matrix, tensor(1), -1).toArray()).toEqual([2, 5]);
  });

  it('rejects non-integer and out-of-range indices naming the index and position', () => {
    expect(() => gather(table, [0, 3])).toThrow(IndexError);
    expect(() => gather(table, [0, 3])).toThrow('gather(table, indices, axis): indices[1] = 3 is out of range for axis 0 of size 3 (table [3,2])');
    expect(() => gather(table, [-1])).toThrow(/indices\[0\] = -1 is out of range/);
    expect(() => gather(table, tensor([[0, 1.5]]))).toThrow('gather(table, indices, axis): indices[0,1] = 1.5 is not an integer');
    expect(() => gather(table, [NaN])).toThrow(/indices\[0\] = NaN is not an integer/);
    expect(() => gather(table, [0], 2)).toThrow(IndexError);
  });
});

describe('scatterAdd', () => {
  it('sums rows into place, accumulating duplicates', () => {
    expect(scatterAdd(tensor([[1, 1], [2, 2], [3, 3]]), [2, 0, 2], [3, 2]).toArray()).toEqual([[2, 2], [0, 0], [4, 4]]);
    expect(scatterAdd(tensor([[3, 1], [6, 4]]), [2, 0], [2, 3], 1).toArray()).toEqual([[1, 0, 3], [4, 0, 6]]);
  });

  it('rejects updates of the wrong shape and bad indices', () => {
    expect(() => scatterAdd(tensor([[1, 1]]), [0, 1], [3, 2])).toThrow(ShapeError);
    expect(() => scatterAdd(tensor([[1, 1]]), [0, 1], [3, 2])).toThrow(
      'scatterAdd(updates, indices, shape, axis): updates is [1,2] but shape [3,2] with indices [2] on axis 0 needs [2,2]',
    );
    expect(() => scatterAdd(tensor([[1, 1]]), [5], [3, 2])).toThrow(/indices\[0\] = 5 is out of range for axis 0 of size 3 \(shape \[3,2\]\)/);
    expect(() => scatterAdd(tensor([[1, 1]]), [0], [3, NaN])).toThrow(ShapeError);
  });

  it('is the adjoint of gather: <gather(T, idx), U> = <T, scatterAdd(U, idx, T.shape)>', () => {
    fc.assert(
      fc.property(
        shapeArbitrary(3, 4)
          .filter((shape) => shape.length >= 1)
          .chain((shape) =>
            fc.tuple(
              fc.constant(shape),
              fc.nat({ max: shape.length - 1 }),
              shapeArbitrary(2, 3),
              fc.integer(),
            ),
          ),
        ([shape, axis, indexShape, seed]) => {
          const table = seededTensor(shape, seed, true);
          const indexCount = indexShape.reduce((x, y) => x * y, 1);
          const indexValues = Array.from({ length: indexCount }, (_, i) => (seed + i * 7) % shape[axis]).map((value) => Math.abs(value));
          const indices = tensor(indexValues, indexShape);
          const gathered = gather(table, indices, axis);
          const updates = seededTensor(gathered.shape, seed + 1, true);
          const scattered = scatterAdd(updates, indices, shape, axis);
          let left = 0;
          for (let i = 0; i < gathered.size; i++) left += gathered.data[i] * updates.data[i];
          let right = 0;
          for (let i = 0; i < table.size; i++) right += table.data[i] * scattered.data[i];
          expect(right).toBe(left);
        },
      ),
      { numRuns: 80 },
    );
  });
});
