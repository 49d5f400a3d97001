import { tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { abs, exp, log, sqrt } from './unary.js';
import { assertGradCheck } from './testing/index.js';
import { awayFromZero, expectValues, positive, random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

const SHAPES = [[2, 3], [3, 1], [1], []];

describe('exp, log, sqrt, abs', () => {
  it('compute known values', () => {
    expectValues(exp(variable([0, 1, -1])), [1, Math.E, 1 / Math.E]);
    expectValues(log(variable([1, Math.E, 0.5])), [0, 1, Math.log(0.5)]);
    expectValues(sqrt(variable([4, 2, 0])), [2, Math.SQRT2, 0]);
    expect(abs(variable([-2, 0, 3])).value.toArray()).toEqual([2, 0, 3]);
  });

  it('have the textbook gradients', () => {
    const x = parameter([1, 4]);
    exp(x).backward(tensor([1, 1]));
    expectValues(x.grad!, [Math.E, Math.exp(4)]);
    x.zeroGrad();
    log(x).backward(tensor([1, 1]));
    expectValues(x.grad!, [1, 0.25]);
    x.zeroGrad();
    sqrt(x).backward(tensor([1, 1]));
    expectValues(x.grad!, [0.5, 0.25]);
  });

  it('abs uses the subgradient 0 at 0', () => {
    const x = parameter([-2, 0, 3]);
    abs(x).backward(tensor([1, 1, 1]));
    expect(x.grad?.toArray()).toEqual([-1, 0, 1]);
  });

  it('pass gradCheck on several shapes', () => {
    SHAPES.forEach((shape, i) => {
      assertGradCheck((v) => exp(v), [random(shape, i)]);
      assertGradCheck((v) => log(v), [positive(shape, i)]);
      assertGradCheck((v) => sqrt(v), [positive(shape, 10 + i)]);
      assertGradCheck((v) => abs(v), [awayFromZero(shape, 20 + i)]);
    });
  });
});
