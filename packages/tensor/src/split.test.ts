import { describe, expect, it } from 'vitest';
import { arange } from './creation.js';
import { IndexError, ShapeError, ValueError } from './errors.js';
import { reshape } from './reshape.js';
import { chunk, split } from './split.js';

describe('split', () => {
  it('cuts by sizes along an axis', () => {
    expect(split(arange(5), [2, 3]).map((piece) => piece.toArray())).toEqual([[0, 1], [2, 3, 4]]);
    const matrix = reshape(arange(6), [2, 3]);
    expect(split(matrix, [1, 0, 2], 1).map((piece) => piece.toArray())).toEqual([[[0], [3]], [[], []], [[1, 2], [4, 5]]]);
  });

  it('rejects sizes that do not sum to the axis size', () => {
    expect(() => split(arange(5), [2, 2])).toThrow(ShapeError);
    expect(() => split(arange(5), [2, 2])).toThrow('split(t, sizes, axis): sizes [2,2] sum to 4 but axis 0 of t [5] has size 5');
    expect(() => split(arange(5), [2.5, 2.5])).toThrow(ValueError);
    expect(() => split(arange(5), [5], 1)).toThrow(IndexError);
  });
});

describe('chunk', () => {
  it('cuts into pieces of ceil(n / count), like PyTorch', () => {
    expect(chunk(arange(5), 2).map((piece) => piece.toArray())).toEqual([[0, 1, 2], [3, 4]]);
    expect(chunk(arange(6), 4).map((piece) => piece.shape[0])).toEqual([2, 2, 2]);
    expect(chunk(arange(3), 5).map((piece) => piece.toArray())).toEqual([[0], [1], [2]]);
    expect(chunk(reshape(arange(8), [2, 4]), 2, -1).map((piece) => piece.toArray())).toEqual([[[0, 1], [4, 5]], [[2, 3], [6, 7]]]);
    expect(chunk(arange(0), 3).map((piece) => piece.shape)).toEqual([[0]]);
  });

  it('rejects a count that is not a positive integer', () => {
    expect(() => chunk(arange(4), 0)).toThrow(ValueError);
    expect(() => chunk(arange(4), 1.5)).toThrow('chunk(t, count, axis): count must be a positive integer, got 1.5');
  });
});
