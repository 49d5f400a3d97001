import { describe, expect, it } from 'vitest';
import { clipGradNorm } from './clip-grad-norm.js';
import { NonFiniteGradientError } from './non-finite-gradient-error.js';
import { expectClose, makeParameter, setGrad } from './test-utils.js';

function withGrad(values: number[]) {
  const param = makeParameter(values.map(() => 0));
  setGrad(param, values);
  return param;
}

describe('clipGradNorm', () => {
  it('scales all gradients together to maxNorm and returns the norm before clipping', () => {
    const a = withGrad([3, 0]);
    const b = withGrad([0, 4]);
    const norm = clipGradNorm([a, b], 1);
    expect(norm).toBe(5);
    const factor = 1 / (5 + 1e-6);
    expectClose(a.grad!.data, [3 * factor, 0]);
    expectClose(b.grad!.data, [0, 4 * factor]);
  });

  it('leaves gradients alone when the norm is within maxNorm', () => {
    const a = withGrad([0.3, -0.4]);
    expect(clipGradNorm([a], 1)).toBeCloseTo(0.5, 6);
    expect(Array.from(a.grad!.data)).toEqual([Math.fround(0.3), Math.fround(-0.4)]);
  });

  it('accumulates in float64: the norm of 10^5 values of 1e-3 is right to 1e-10 (a float32 sum misses by ~2e-4)', () => {
    const a = withGrad(new Array(100_000).fill(1e-3));
    const expected = Math.sqrt(100_000 * Math.fround(1e-3) ** 2);
    expect(Math.abs(clipGradNorm([a], 10) - expected)).toBeLessThan(1e-10);
  });

  it('supports other p-norms and the max norm', () => {
    const grads = [3, -4, 12];
    expect(clipGradNorm([withGrad(grads)], 100, { normType: 1 })).toBe(19);
    expect(clipGradNorm([withGrad(grads)], 100, { normType: Infinity })).toBe(12);
    expect(clipGradNorm([withGrad(grads)], 100, { normType: 3 })).toBeCloseTo((27 + 64 + 1728) ** (1 / 3), 10);
    // A large p does not overflow: the norm tends to the max.
    expect(clipGradNorm([withGrad([1e30, 1e30])], 1e40, { normType: 50 })).toBeCloseTo(1e30 * 2 ** (1 / 50), -24);
  });

  it('skips parameters without a gradient and returns 0 when there are none', () => {
    expect(clipGradNorm([makeParameter([1, 2])], 1)).toBe(0);
  });

  it('refuses a non-finite norm, naming the parameters, unless told otherwise', () => {
    const good = withGrad([1, 2]);
    const bad = withGrad([NaN, 1]);
    expect(() => clipGradNorm([['good', good], ['bad', bad]], 1)).toThrow(NonFiniteGradientError);
    expect(() => clipGradNorm([['good', good], ['bad', bad]], 1)).toThrow(
      "clipGradNorm(params, maxNorm, options): the total 2-norm of the gradients is NaN, so they cannot be clipped: the gradient of parameter 1 ('bad') has 1 NaN and 0 infinite values out of 2",
    );
    expect(Array.from(good.grad!.data)).toEqual([1, 2]);
    expect(clipGradNorm([good, bad], 1, { errorIfNonfinite: false })).toBeNaN();
    expect(Number.isNaN(good.grad!.data[0])).toBe(true);
  });

  it('validates its arguments by name', () => {
    const a = withGrad([1]);
    expect(() => clipGradNorm([a], -1)).toThrow('clipGradNorm(params, maxNorm, options): maxNorm must be a finite number >= 0, got -1');
    expect(() => clipGradNorm([a], 1, { normType: 0 })).toThrow('normType must be a number > 0 or Infinity, got 0');
  });
});
