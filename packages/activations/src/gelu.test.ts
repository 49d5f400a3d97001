import { parameter } from '@mnemo/autograd';
import { assertGradCheck } from '@mnemo/autograd/testing';
import { ValueError, randn, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { erfc } from './erf.js';
import { gelu } from './gelu.js';
import { EXTREMES, expectClose, gradCheckShapes, hasNoNaN } from './test-helpers.js';

// x·Φ(x) to 7+ digits (Φ from tables / mpmath).
const KNOWN: [number, number][] = [
  [-3, -0.0040496937],
  [-1, -0.15865525393],
  [-0.5, -0.15426876986],
  [0, 0],
  [0.5, 0.34573123014],
  [1, 0.84134474607],
  [2, 1.95449973610],
];

describe('gelu', () => {
  it('matches x·Φ(x) (exact erf form) on known values', () => {
    expectClose(gelu(tensor(KNOWN.map(([x]) => x))), KNOWN.map(([, y]) => y), 3e-7);
  });

  it('erfc is accurate to float32 precision, also in the tail', () => {
    expect(Math.abs(erfc(0.5) - 0.4795001221869535) / 0.4795001221869535).toBeLessThan(1.2e-7);
    expect(Math.abs(erfc(3) - 2.209049699858544e-5) / 2.209049699858544e-5).toBeLessThan(1.2e-7);
    expect(Math.abs(erfc(-1) - 1.8427007929497148)).toBeLessThan(2.4e-7);
  });

  it('offers the tanh approximation', () => {
    const tanhForm = (x: number): number => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
    expectClose(gelu(tensor([-1, 0, 1, 2.5]), { approximate: 'tanh' }), [-1, 0, 1, 2.5].map(tanhForm));
    expect(() => gelu(tensor([1]), { approximate: 'fast' as never })).toThrow(ValueError);
  });

  it('gives no NaN for extreme inputs', () => {
    const exact = gelu(tensor(EXTREMES)).data;
    expect(hasNoNaN(exact)).toBe(true);
    expect(exact[0]).toBe(1e4);
    expect(exact[1]).toBe(-0);
    expect(hasNoNaN(gelu(tensor(EXTREMES), { approximate: 'tanh' }).data)).toBe(true);
    const x = parameter(tensor(EXTREMES));
    gelu(x).backward(tensor(EXTREMES.map(() => 1)));
    expect(hasNoNaN(x.grad!.data)).toBe(true);
  });

  it('has gradient Φ(x) + x·φ(x), checked numerically in both forms', () => {
    const x = parameter([0, 1]);
    gelu(x).backward(tensor([1, 1]));
    expectClose(x.grad!, [0.5, 0.84134474607 + Math.exp(-0.5) / Math.sqrt(2 * Math.PI)], 3e-7);
    for (const shape of gradCheckShapes) {
      assertGradCheck((v) => gelu(v), [randn(shape, { seed: 8, std: 2 })]);
      assertGradCheck((v) => gelu(v, { approximate: 'tanh' }), [randn(shape, { seed: 9, std: 2 })]);
    }
  });
});
