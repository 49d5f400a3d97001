import { describe, expect, it } from 'vitest';
import { ShapeError } from './errors.js';
import { tensor } from './tensor.js';
import { where } from './where.js';

describe('where', () => {
  it('selects by a nonzero condition', () => {
    expect(where(tensor([1, 0, 1]), tensor([1, 2, 3]), tensor([7, 8, 9])).toArray()).toEqual([1, 8, 3]);
    expect(where(tensor([1, 0, NaN]), tensor([1, 2, 3]), 0).toArray()).toEqual([1, 0, 3]);
  });

  it('broadcasts all three operands', () => {
    const result = where(tensor([[1], [0]]), tensor([1, 2, 3]), tensor([[-1], [-2]]));
    expect(result.toArray()).toEqual([[1, 2, 3], [-2, -2, -2]]);
    expect(where(1, 5, tensor([[0, 0]])).toArray()).toEqual([[5, 5]]);
  });

  it('names all three shapes when they do not broadcast', () => {
    expect(() => where(tensor([1, 0]), tensor([1, 2, 3]), 0)).toThrow(ShapeError);
    expect(() => where(tensor([1, 0]), tensor([1, 2]), tensor([1, 2, 3]))).toThrow(
      'where(condition, a, b): shapes [2], [2] and [3] do not broadcast',
    );
  });
});
