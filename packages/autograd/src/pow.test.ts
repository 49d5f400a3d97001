import { tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { pow } from './pow.js';
import { assertGradCheck } from './testing/index.js';
import { BROADCAST_PAIRS, expectValues, positive, random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

describe('pow', () => {
  it('raises with broadcasting', () => {
    expect(pow(variable([2, 3]), 2).value.toArray()).toEqual([4, 9]);
    expect(pow(variable([[2], [3]]), variable([1, 3])).value.toArray()).toEqual([[2, 8], [3, 27]]);
  });

  it('has gradients b·a^(b−1) and a^b·log a', () => {
    const a = parameter([2]);
    const b = parameter([3]);
    pow(a, b).backward();
    expectValues(a.grad!, [12]);
    expectValues(b.grad!, [8 * Math.LN2]);
  });

  it('follows PyTorch at the edges: 0 for b = 0, 0 for the exponent at a = 0, NaN for the exponent at a < 0', () => {
    const a = parameter([0, 0, -2]);
    const b = parameter([0, 2, 2]);
    pow(a, b).backward(tensor([1, 1, 1]));
    expectValues(a.grad!, [0, 0, -4]);
    expectValues(b.grad!, [0, 0, NaN]);
  });

  it('passes gradCheck on positive bases, broadcasting included', () => {
    BROADCAST_PAIRS.forEach(([shapeA, shapeB], i) => {
      assertGradCheck((a, b) => pow(a, b), [positive(shapeA, i, 0.5), random(shapeB, 40 + i)]);
      assertGradCheck((a, b) => pow(a, b), [positive(shapeB, i, 0.5), random(shapeA, 40 + i)]);
    });
    assertGradCheck((a) => pow(a, 3), [random([2, 3], 9)]);
  });
});
