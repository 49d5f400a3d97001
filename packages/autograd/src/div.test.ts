import { tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { div, reciprocal } from './div.js';
import { assertGradCheck } from './testing/index.js';
import { BROADCAST_PAIRS, awayFromZero, expectValues, random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

describe('div', () => {
  it('divides with broadcasting', () => {
    expect(div(variable([[1, 2], [3, 4]]), tensor([2, 4])).value.toArray()).toEqual([[0.5, 0.5], [1.5, 1]]);
    expect(div(1, variable([0])).item()).toBe(Infinity);
  });

  it('has gradients g/b and −g·a/b²', () => {
    const a = parameter([3]);
    const b = parameter([2]);
    div(a, b).backward();
    expect(a.grad?.toArray()).toEqual([0.5]);
    expect(b.grad?.toArray()).toEqual([-0.75]);
  });

  it('passes gradCheck with denominators away from zero', () => {
    BROADCAST_PAIRS.forEach(([shapeA, shapeB], i) => {
      assertGradCheck((a, b) => div(a, b), [random(shapeA, i), awayFromZero(shapeB, 30 + i, 0.5)]);
      assertGradCheck((a, b) => div(a, b), [random(shapeB, i), awayFromZero(shapeA, 30 + i, 0.5)]);
    });
  });

  it('reciprocal is 1/x with gradient −1/x²', () => {
    const x = parameter([2, -4]);
    expectValues(reciprocal(x), [0.5, -0.25]);
    reciprocal(x).backward(tensor([1, 1]));
    expectValues(x.grad!, [-0.25, -1 / 16]);
    assertGradCheck((v) => reciprocal(v), [awayFromZero([3, 2], 5, 0.5)]);
  });
});
