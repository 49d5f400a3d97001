import { Tensor, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { maximum, minimum } from './maximum.js';
import { assertGradCheck } from './testing/index.js';
import { BROADCAST_PAIRS, random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

/** b = a shifted by ±(0.2..) elementwise, so no pair is within the finite-difference step of a tie. */
function apart(shapeA: readonly number[], shapeB: readonly number[], seed: number): [Tensor, Tensor] {
  const a = random(shapeA, seed);
  const b = random(shapeB, seed + 1);
  const data = b.data.map((value) => value + (value >= 0 ? 0.2 : -0.2));
  // Quantize a to multiples of 0.5 + 0.25 and b to multiples of 0.5: they differ by at least 0.25 everywhere.
  const quantizedA = new Tensor(a.data.map((value) => Math.round(value * 2) / 2 + 0.25), a.shape);
  const quantizedB = new Tensor(data.map((value) => Math.round(value * 2) / 2), b.shape);
  return [quantizedA, quantizedB];
}

describe('maximum and minimum', () => {
  it('compute elementwise max and min with broadcasting', () => {
    expect(maximum(variable([[1, 5], [4, 2]]), tensor([3, 3])).value.toArray()).toEqual([[3, 5], [4, 3]]);
    expect(minimum(variable([1, 5]), 3).value.toArray()).toEqual([1, 3]);
  });

  it('send the gradient to the winner and split ties half and half', () => {
    const a = parameter([1, 5, 3]);
    const b = parameter([3, 3, 3]);
    maximum(a, b).backward(tensor([2, 2, 2]));
    expect(a.grad?.toArray()).toEqual([0, 2, 1]);
    expect(b.grad?.toArray()).toEqual([2, 0, 1]);
    a.zeroGrad();
    b.zeroGrad();
    minimum(a, b).backward(tensor([2, 2, 2]));
    expect(a.grad?.toArray()).toEqual([2, 0, 1]);
    expect(b.grad?.toArray()).toEqual([0, 2, 1]);
  });

  it('pass gradCheck away from ties, broadcasting included', () => {
    BROADCAST_PAIRS.forEach(([shapeA, shapeB], i) => {
      assertGradCheck((a, b) => maximum(a, b), apart(shapeA, shapeB, 10 * i));
      assertGradCheck((a, b) => minimum(a, b), apart(shapeB, shapeA, 10 * i + 5));
    });
  });
});
