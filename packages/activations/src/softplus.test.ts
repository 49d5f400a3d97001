import { parameter } from '@mnemo/autograd';
import { assertGradCheck } from '@mnemo/autograd/testing';
import { ValueError, randn, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { softplus } from './softplus.js';
import { EXTREMES, awayFrom, expectClose, gradCheckShapes } from './test-helpers.js';

describe('softplus', () => {
  it('computes log(1 + e^(βx))/β', () => {
    const x = [-1, 0, 1, 5];
    expectClose(softplus(tensor(x)), x.map((v) => Math.log(1 + Math.exp(v))));
    expectClose(softplus(tensor(x), 2), x.map((v) => Math.log(1 + Math.exp(2 * v)) / 2));
  });

  it('returns x above the threshold, as PyTorch', () => {
    expect(softplus(tensor([30])).item()).toBe(30);
    expect(softplus(tensor([3]), 1, 2).item()).toBe(3);
  });

  it('never overflows and gives no NaN', () => {
    const y = Array.from(softplus(tensor(EXTREMES)).data);
    expect(y).toEqual([1e4, 0, Math.fround(1e30), 0, Math.fround(Math.LN2), Math.fround(Math.LN2)]);
    expect(softplus(tensor([-100])).item()).toBeGreaterThan(0);
    const x = parameter(tensor(EXTREMES));
    softplus(x).backward(tensor(EXTREMES.map(() => 1)));
    expect(Array.from(x.grad!.data)).toEqual([1, 0, 1, 0, 0.5, 0.5]);
  });

  it('has gradient σ(βx), checked numerically', () => {
    for (const shape of gradCheckShapes) {
      assertGradCheck((v) => softplus(v), [randn(shape, { seed: 10, std: 3 })]);
      assertGradCheck((v) => softplus(v, 2, 4), [awayFrom(randn(shape, { seed: 11, std: 2 }), [2])]);
    }
  });

  it('rejects a non-positive beta', () => {
    expect(() => softplus(tensor([1]), 0)).toThrow(ValueError);
    expect(() => softplus(tensor([1]), 1, Number.NaN)).toThrow(ValueError);
  });
});
