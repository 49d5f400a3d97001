import { describe, expect, it } from 'vitest';
import type { AdamOptions } from './adam.js';
import { Adam } from './adam.js';
import { AdamW, adamWUpdate } from './adamw.js';
import { expectClose, float32, gradientSequence, makeParameter, startValues, trajectory } from './test-utils.js';

/**
 * Loshchilov & Hutter (2019), Algorithm 2 (AdamW) as PyTorch implements it, in float64:
 * θ ← θ(1 − γλ), then the Adam step with m̂ = m/(1 − β1^t), v̂ = v/(1 − β2^t), θ ← θ − γ·m̂/(√v̂ + ε).
 */
function referenceAdamW(start: readonly number[], gradients: readonly (readonly number[])[], o: AdamOptions): number[][] {
  const [beta1, beta2] = o.betas;
  const theta = float32(start);
  const m = theta.map(() => 0);
  const v = theta.map(() => 0);
  const vMax = theta.map(() => 0);
  return gradients.map((gradient, index) => {
    const t = index + 1;
    theta.forEach((value, i) => {
      const decayed = value * (1 - o.lr * o.weightDecay);
      const g = (o.maximize ? -1 : 1) * Math.fround(gradient[i]);
      m[i] = beta1 * m[i] + (1 - beta1) * g;
      v[i] = beta2 * v[i] + (1 - beta2) * g * g;
      vMax[i] = Math.max(vMax[i], v[i]);
      const vHat = (o.amsgrad ? vMax[i] : v[i]) / (1 - beta2 ** t);
      theta[i] = decayed - (o.lr * m[i]) / (1 - beta1 ** t) / (Math.sqrt(vHat) + o.eps);
    });
    return [...theta];
  });
}

const defaults: AdamOptions = { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 1e-2, amsgrad: false, maximize: false };

describe('AdamW', () => {
  const cases: [string, AdamOptions][] = [
    ['defaults (weightDecay 0.01)', defaults],
    ['strong decoupled decay', { ...defaults, lr: 0.1, weightDecay: 0.5 }],
    ['amsgrad', { ...defaults, lr: 0.05, betas: [0.8, 0.5], amsgrad: true }],
  ];
  it.each(cases)('matches the published rule for the first three steps: %s', (_, options) => {
    const param = makeParameter(startValues);
    const optimizer = new AdamW([param], options);
    const actual = trajectory(() => optimizer.step(), param, gradientSequence);
    const expected = referenceAdamW(startValues, gradientSequence, options);
    actual.forEach((values, step) => expectClose(values, expected[step]));
  });

  it('decays differently from Adam with the same weightDecay (decoupled, not L2)', () => {
    const run = (make: typeof Adam | typeof AdamW): number[] => {
      const param = makeParameter(startValues);
      const optimizer = new make([param], { lr: 0.1, weightDecay: 0.5 });
      return trajectory(() => optimizer.step(), param, gradientSequence)[0];
    };
    const adamW = run(AdamW);
    const adam = run(Adam);
    // The last element has a zero gradient on step 1: AdamW shrinks it by exactly lr·λ,
    // Adam's L2 term enters the normalized step and moves it by about lr.
    expectClose([adamW[3]], [2 * (1 - 0.05)]);
    expectClose([adam[3]], [2 - 0.1], 1e-6);
    expect(adamW[0]).not.toBeCloseTo(adam[0], 4);
  });

  it('adamWUpdate decays a weight with a zero gradient (the doc example)', () => {
    const param = new Float32Array([1]);
    const state = { step: 0, expAvg: new Float32Array(1), expAvgSq: new Float32Array(1), maxExpAvgSq: null };
    adamWUpdate(param, new Float32Array([0]), state, { ...defaults, lr: 0.1, weightDecay: 0.5 });
    expectClose(param, [0.95]);
  });

  it('uses PyTorch AdamW defaults, weightDecay 0.01, and validates by name', () => {
    const param = makeParameter([1]);
    expect(new AdamW([param]).defaults).toEqual(defaults);
    expect(() => new AdamW([param], { weightDecay: -1 })).toThrow('AdamW(params, options): weightDecay must be a finite number >= 0, got -1');
  });
});
