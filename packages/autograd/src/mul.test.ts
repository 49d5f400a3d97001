import { tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { mul, square } from './mul.js';
import { assertGradCheck } from './testing/index.js';
import { BROADCAST_PAIRS, random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

describe('mul', () => {
  it('multiplies with broadcasting', () => {
    expect(mul(variable([[1, 2], [3, 4]]), tensor([[10], [100]])).value.toArray()).toEqual([[10, 20], [300, 400]]);
  });

  it('has gradients g·b and g·a, reduced to each input', () => {
    const a = parameter([[1, 2], [3, 4]]);
    const b = parameter([10, 100]);
    mul(a, b).backward(tensor([[1, 1], [1, 1]]));
    expect(a.grad?.toArray()).toEqual([[10, 100], [10, 100]]);
    expect(b.grad?.toArray()).toEqual([4, 6]);
  });

  it('passes gradCheck on broadcast, size-1 and scalar shapes', () => {
    BROADCAST_PAIRS.forEach(([shapeA, shapeB], i) => {
      assertGradCheck((a, b) => mul(a, b), [random(shapeA, i), random(shapeB, 20 + i)]);
      assertGradCheck((a, b) => mul(a, b), [random(shapeB, i), random(shapeA, 20 + i)]);
    });
  });

  it('square gets 2x from both factors', () => {
    const x = parameter([3, -1]);
    square(x).backward(tensor([1, 1]));
    expect(x.grad?.toArray()).toEqual([6, -2]);
    assertGradCheck((v) => square(v), [random([2, 3], 3)]);
  });
});
