import { tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { norm } from './norm.js';
import { assertGradCheck } from './testing/index.js';
import { awayFromZero, expectValues, random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

describe('norm', () => {
  it('computes the 2-, 1- and ∞-norms', () => {
    expect(norm(variable([3, 4])).item()).toBe(5);
    expect(norm(variable([[3, -4], [1, 1]]), 1, false, 1).value.toArray()).toEqual([7, 2]);
    expect(norm(variable([3, -4]), undefined, false, Infinity).item()).toBe(4);
  });

  it('has gradient x/‖x‖, and 0 (not NaN) at x = 0', () => {
    const x = parameter([3, 4]);
    norm(x).backward();
    expectValues(x.grad!, [0.6, 0.8]);
    const zero = parameter([0, 0]);
    norm(zero).backward();
    expect(zero.grad?.toArray()).toEqual([0, 0]);
  });

  it('∞-norm sends sign(x) to the largest |x|, shared among ties', () => {
    const x = parameter([-4, 4, 1]);
    norm(x, undefined, false, Infinity).backward();
    expect(x.grad?.toArray()).toEqual([-0.5, 0.5, 0]);
  });

  it('passes gradCheck for each order', () => {
    assertGradCheck((v) => norm(v), [random([2, 3], 1)]);
    assertGradCheck((v) => norm(v, 1, true), [random([2, 3], 2)]);
    assertGradCheck((v) => norm(v, 0, false, 1), [awayFromZero([3, 2], 3)]);
    assertGradCheck((v) => norm(v, -1, false, Infinity), [tensor([[1, -3, 2], [0.5, 0.25, -1]])]);
  });
});
