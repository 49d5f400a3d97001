import { ShapeError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { add, neg, sub } from './add.js';
import { assertGradCheck } from './testing/index.js';
import { BROADCAST_PAIRS, random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

describe('add', () => {
  it('adds with broadcasting and accepts numbers and Tensors', () => {
    expect(add(variable([[1, 2], [3, 4]]), tensor([10, 20])).value.toArray()).toEqual([[11, 22], [13, 24]]);
    expect(add(1, 2).item()).toBe(3);
  });

  it('sums the gradient over broadcast axes', () => {
    const a = parameter([[1, 2, 3], [4, 5, 6]]);
    const b = parameter([1, 1, 1]);
    add(a, b).backward(tensor([[1, 2, 3], [4, 5, 6]]));
    expect(a.grad?.toArray()).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(b.grad?.toArray()).toEqual([5, 7, 9]);
  });

  it('passes gradCheck on broadcast, size-1 and scalar shapes', () => {
    BROADCAST_PAIRS.forEach(([shapeA, shapeB], i) => {
      assertGradCheck((a, b) => add(a, b), [random(shapeA, i), random(shapeB, 100 + i)]);
      assertGradCheck((a, b) => add(a, b), [random(shapeB, i), random(shapeA, 100 + i)]);
    });
  });

  it('throws ShapeError for shapes that do not broadcast', () => {
    expect(() => add(variable([[1, 2, 3]]), variable([1, 2]))).toThrow(ShapeError);
    expect(() => add(variable([[1, 2, 3]]), variable([1, 2]))).toThrow('add(a, b): shapes [1,3] and [2] do not broadcast');
  });
});

describe('sub and neg', () => {
  it('compute a − b and −x', () => {
    expect(sub(variable([5, 7]), variable([1, 2])).value.toArray()).toEqual([4, 5]);
    expect(neg(variable([1, -2])).value.toArray()).toEqual([-1, 2]);
  });

  it('pass gradCheck, broadcasting included', () => {
    BROADCAST_PAIRS.forEach(([shapeA, shapeB], i) => assertGradCheck((a, b) => sub(a, b), [random(shapeA, i), random(shapeB, 50 + i)]));
    assertGradCheck((x) => neg(x), [random([2, 3], 7)]);
  });
});
