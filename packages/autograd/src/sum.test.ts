import { IndexError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { mean, sum } from './sum.js';
import { assertGradCheck } from './testing/index.js';
import { expectValues, random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

describe('sum', () => {
  it('reduces all axes, chosen axes, negative axes, with keepDims', () => {
    const x = variable([[1, 2, 3], [4, 5, 6]]);
    expect(sum(x).item()).toBe(21);
    expect(sum(x).shape).toEqual([]);
    expect(sum(x, 0).value.toArray()).toEqual([5, 7, 9]);
    expect(sum(x, -1, true).value.toArray()).toEqual([[6], [15]]);
    expect(sum(x, [0, 1], true).shape).toEqual([1, 1]);
  });

  it('repeats the gradient over the reduced axes', () => {
    const x = parameter([[1, 2, 3], [4, 5, 6]]);
    sum(x, 1).backward(tensor([10, 20]));
    expect(x.grad?.toArray()).toEqual([[10, 10, 10], [20, 20, 20]]);
  });

  it('passes gradCheck over every kind of axes', () => {
    const x = random([2, 3, 4], 1);
    for (const [axes, keepDims] of [[undefined, false], [0, false], [-1, true], [[0, 2], false], [[0, 1, 2], true], [1, true]] as const) {
      assertGradCheck((v) => sum(v, axes, keepDims), [x]);
    }
    assertGradCheck((v) => sum(v), [random([], 2)]);
    assertGradCheck((v) => sum(v, 0), [random([1, 3], 3)]);
  });

  it('throws IndexError naming the op for a bad axis', () => {
    expect(() => sum(variable([1, 2]), 1)).toThrow(IndexError);
  });
});

describe('mean', () => {
  it('is sum / n', () => {
    const x = variable([[1, 2], [3, 4]]);
    expect(mean(x).item()).toBe(2.5);
    expect(mean(x, 1).value.toArray()).toEqual([1.5, 3.5]);
    expect(mean(x, 0, true).value.toArray()).toEqual([[2, 3]]);
  });

  it('spreads the gradient as 1/n', () => {
    const x = parameter([[1, 2], [3, 4]]);
    mean(x).backward();
    expectValues(x.grad!, [0.25, 0.25, 0.25, 0.25]);
    assertGradCheck((v) => mean(v, [0, 2]), [random([2, 3, 2], 4)]);
    assertGradCheck((v) => mean(v), [random([3], 5)]);
  });
});
