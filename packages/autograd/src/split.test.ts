import { ShapeError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { concat } from './concat.js';
import { mul } from './mul.js';
import { chunk, split } from './split.js';
import { sum } from './sum.js';
import { assertGradCheck } from './testing/index.js';
import { random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

describe('split', () => {
  it('cuts into pieces of the given sizes, one op with several outputs', () => {
    const pieces = split(parameter([1, 2, 3, 4, 5]), [2, 3]);
    expect(pieces.map((piece) => piece.value.toArray())).toEqual([[1, 2], [3, 4, 5]]);
    expect(pieces.every((piece) => piece.op === 'split')).toBe(true);
  });

  it('joins the gradients back, with zeros for unused pieces', () => {
    const x = parameter([[1, 2, 3, 4]]);
    const [, middle, last] = split(x, [1, 2, 1], 1);
    sum(mul(middle, 10)).backward();
    expect(x.grad?.toArray()).toEqual([[0, 10, 10, 0]]);
    x.zeroGrad();
    sum(concat([last, middle], 1)).backward();
    expect(x.grad?.toArray()).toEqual([[0, 1, 1, 1]]);
  });

  it('passes gradCheck when all or only some pieces are used', () => {
    assertGradCheck((v) => concat(split(v, [1, 3, 2], 1).reverse(), 1), [random([2, 6], 1)]);
    assertGradCheck((v) => split(v, [2, 1], -1)[0], [random([3, 3], 2)]);
  });

  it('throws ShapeError when the sizes do not sum to the axis', () => {
    expect(() => split(variable([1, 2, 3]), [1, 1])).toThrow(ShapeError);
  });
});

describe('chunk', () => {
  it('cuts into ceil(n / count) pieces like PyTorch', () => {
    expect(chunk(variable([0, 1, 2, 3, 4]), 2).map((piece) => piece.shape)).toEqual([[3], [2]]);
    expect(chunk(variable(tensor(new Array(6).fill(0), [6, 1])), 4).map((piece) => piece.shape[0])).toEqual([2, 2, 2]);
    expect(chunk(variable([[1, 2, 3, 4, 5, 6, 7, 8]]), 4, -1).map((piece) => piece.value.toArray())).toEqual([[[1, 2]], [[3, 4]], [[5, 6]], [[7, 8]]]);
    expect(() => chunk(variable([1, 2]), 0)).toThrow('chunk(x, count, axis): count must be a positive integer');
    expect(() => chunk(variable([1, 2]), 2, 1)).toThrow('chunk(x, count, axis): axis 1 is out of range');
  });

  it('passes gradCheck (the LSTM gate split)', () => {
    assertGradCheck((v) => {
      const [i, f, g, o] = chunk(v, 4, -1);
      return concat([mul(i, f), mul(g, o)], -1);
    }, [random([2, 8], 3)]);
  });
});
