import { tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { assertGradCheck } from './testing/index.js';
import { expectValues, random } from './test-helpers.js';
import { parameter, variable } from './variable.js';
import { variance } from './variance.js';

describe('variance', () => {
  it('computes population and sample variance', () => {
    expect(variance(variable([1, 2, 3, 4])).item()).toBe(1.25);
    expectValues(variance(variable([1, 2, 3, 4]), 0, false, 1), [5 / 3]);
    expect(variance(variable([[1, 3], [2, 2]]), 1, true).value.toArray()).toEqual([[1], [0]]);
  });

  it('has gradient 2(x − mean)/(n − correction)', () => {
    const x = parameter([1, 2, 3, 4]);
    variance(x).backward();
    expectValues(x.grad!, [-0.75, -0.25, 0.25, 0.75]);
  });

  it('passes gradCheck with and without correction', () => {
    assertGradCheck((v) => variance(v), [random([5], 1)]);
    assertGradCheck((v) => variance(v, 1, true, 1), [random([3, 4], 2)]);
    assertGradCheck((v) => variance(v, [0, 2]), [random([2, 2, 3], 3)]);
    expect(variance(tensor([[1, 2]]), 0).value.toArray()).toEqual([0, 0]);
  });
});
