import { tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { logSumExp } from './log-sum-exp.js';
import { assertGradCheck } from './testing/index.js';
import { expectValues, random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

describe('logSumExp', () => {
  it('is stable for large inputs', () => {
    expectValues(logSumExp(variable([1000, 1000])), [1000 + Math.LN2]);
    expectValues(logSumExp(variable([[0, 0], [1, 2]]), 1), [Math.LN2, Math.log(Math.E + Math.E ** 2)]);
  });

  it('has the softmax as its gradient, finite for large inputs', () => {
    const x = parameter([1000, 1000, -1000]);
    logSumExp(x).backward();
    expectValues(x.grad!, [0.5, 0.5, 0]);
  });

  it('passes gradCheck', () => {
    assertGradCheck((v) => logSumExp(v, 1), [random([3, 4], 1, 2)]);
    assertGradCheck((v) => logSumExp(v, [0, 2], true), [random([2, 3, 2], 2)]);
    assertGradCheck((v) => logSumExp(v), [random([], 3)]);
    expect(logSumExp(tensor([0, 0]), 0).item()).toBeCloseTo(Math.LN2, 6);
  });
});
