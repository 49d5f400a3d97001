import { tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { assertGradCheck } from './testing/index.js';
import { random } from './test-helpers.js';
import { parameter, variable } from './variable.js';
import { where } from './where.js';

describe('where', () => {
  it('picks a where the condition is nonzero, else b', () => {
    expect(where(tensor([1, 0, 1]), variable([1, 2, 3]), 0).value.toArray()).toEqual([1, 0, 3]);
  });

  it('sends the gradient to the picked input, reduced over broadcast axes', () => {
    const a = parameter([[1, 2], [3, 4]]);
    const b = parameter([10, 20]);
    where(tensor([[1, 0], [0, 1]]), a, b).backward(tensor([[1, 2], [3, 4]]));
    expect(a.grad?.toArray()).toEqual([[1, 0], [0, 4]]);
    expect(b.grad?.toArray()).toEqual([3, 2]);
  });

  it('gives a Variable condition no gradient', () => {
    const condition = parameter([1, 0]);
    where(condition, parameter([1, 2]), 0).backward(tensor([1, 1]));
    expect(condition.grad).toBeNull();
  });

  it('passes gradCheck with broadcasting and a scalar branch', () => {
    const condition = variable(tensor([[1, 0, 1], [0, 0, 1]]));
    assertGradCheck((c, a, b) => where(c, a, b), [condition, random([2, 3], 1), random([3], 2)]);
    assertGradCheck((c, a, b) => where(c, a, b), [condition, random([2, 1], 3), random([], 4)]);
  });
});
