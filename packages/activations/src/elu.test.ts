import { parameter } from '@mnemo/autograd';
import { assertGradCheck } from '@mnemo/autograd/testing';
import { ValueError, randn, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { elu } from './elu.js';
import { EXTREMES, awayFrom, expectClose, gradCheckShapes, hasNoNaN } from './test-helpers.js';

describe('elu', () => {
  it('is x above 0 and α(e^x − 1) below', () => {
    expectClose(elu(tensor([-1, 0, 2, -1e-6])), [Math.exp(-1) - 1, 0, 2, Math.expm1(-1e-6)]);
    expectClose(elu(tensor([-2]), 0.5), [0.5 * (Math.exp(-2) - 1)]);
  });

  it('saturates at −α without NaN', () => {
    const y = elu(tensor(EXTREMES), 2).data;
    expect(hasNoNaN(y)).toBe(true);
    expect(y[1]).toBe(-2);
    expect(y[3]).toBe(-2);
  });

  it('has gradient α·e^x below 0, checked numerically', () => {
    const x = parameter([-1, 3]);
    elu(x, 2).backward(tensor([1, 1]));
    expectClose(x.grad!, [2 * Math.exp(-1), 1]);
    for (const shape of gradCheckShapes) assertGradCheck((v) => elu(v, 0.7), [awayFrom(randn(shape, { seed: 7 }), [0])]);
  });

  it('rejects a non-finite alpha', () => {
    expect(() => elu(tensor([1]), Infinity)).toThrow(ValueError);
  });
});
