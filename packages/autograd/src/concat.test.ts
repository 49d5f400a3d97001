import { ShapeError, ValueError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { concat, stack } from './concat.js';
import { assertGradCheck } from './testing/index.js';
import { random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

describe('concat', () => {
  it('joins along an axis, mixing Variables and Tensors', () => {
    expect(concat([variable([[1, 2]]), tensor([[3, 4], [5, 6]])]).value.toArray()).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(concat([variable([[1], [2]]), variable([[3], [4]])], -1).value.toArray()).toEqual([[1, 3], [2, 4]]);
  });

  it('splits the gradient back to each input', () => {
    const a = parameter([[1], [2]]);
    const b = parameter([[3, 4], [5, 6]]);
    concat([a, tensor([[0], [0]]), b], 1).backward(tensor([[1, 2, 3, 4], [5, 6, 7, 8]]));
    expect(a.grad?.toArray()).toEqual([[1], [5]]);
    expect(b.grad?.toArray()).toEqual([[3, 4], [7, 8]]);
  });

  it('passes gradCheck with three inputs, a negative axis and a size-1 part', () => {
    assertGradCheck((a, b, c) => concat([a, b, c], -1), [random([2, 1], 1), random([2, 3], 2), random([2, 2], 3)]);
    assertGradCheck((a, b) => concat([a, b]), [random([1, 2, 2], 4), random([2, 2, 2], 5)]);
  });

  it('throws ShapeError for mismatched shapes', () => {
    expect(() => concat([variable([[1, 2]]), variable([[1, 2, 3]])])).toThrow(ShapeError);
  });
});

describe('stack', () => {
  it('joins along a new axis', () => {
    expect(stack([variable([1, 2]), variable([3, 4])]).value.toArray()).toEqual([[1, 2], [3, 4]]);
    expect(stack([variable([1, 2]), variable([3, 4])], 1).value.toArray()).toEqual([[1, 3], [2, 4]]);
    expect(stack([variable([1, 2]), variable([3, 4])], -1).shape).toEqual([2, 2]);
    expect(() => stack([])).toThrow(ValueError);
  });

  it('passes gradCheck', () => {
    assertGradCheck((a, b, c) => stack([a, b, c], 1), [random([2, 3], 6), random([2, 3], 7), random([2, 3], 8)]);
    assertGradCheck((a, b) => stack([a, b], -1), [random([], 9), random([], 10)]);
  });
});
