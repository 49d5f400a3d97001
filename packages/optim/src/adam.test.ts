import { describe, expect, it } from 'vitest';
import { Adam, adamUpdate, type AdamOptions } from './adam.js';
import { expectClose, float32, gradientSequence, makeParameter, startValues, trajectory } from './test-utils.js';

/**
 * Kingma & Ba (2015), Algorithm 1, in float64, with PyTorch's additions:
 * L2 weight decay on the gradient, AMSGrad's running max of v̂ (Reddi et al. 2018).
 * m̂ = m/(1 − β1^t), v̂ = v/(1 − β2^t), θ ← θ − α·m̂/(√v̂ + ε).
 */
function referenceAdam(start: readonly number[], gradients: readonly (readonly number[])[], o: AdamOptions): number[][] {
  const [beta1, beta2] = o.betas;
  const theta = float32(start);
  const m = theta.map(() => 0);
  const v = theta.map(() => 0);
  const vMax = theta.map(() => 0);
  return gradients.map((gradient, index) => {
    const t = index + 1;
    theta.forEach((value, i) => {
      const g = (o.maximize ? -1 : 1) * Math.fround(gradient[i]) + o.weightDecay * value;
      m[i] = beta1 * m[i] + (1 - beta1) * g;
      v[i] = beta2 * v[i] + (1 - beta2) * g * g;
      vMax[i] = Math.max(vMax[i], v[i]);
      const mHat = m[i] / (1 - beta1 ** t);
      const vHat = (o.amsgrad ? vMax[i] : v[i]) / (1 - beta2 ** t);
      theta[i] = value - (o.lr * mHat) / (Math.sqrt(vHat) + o.eps);
    });
    return [...theta];
  });
}

const defaults: AdamOptions = { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, amsgrad: false, maximize: false };

describe('Adam', () => {
  const cases: [string, AdamOptions][] = [
    ['defaults', defaults],
    ['large lr and other betas', { ...defaults, lr: 0.1, betas: [0.5, 0.9] }],
    ['eps after the square root (a large eps tells the placements apart)', { ...defaults, lr: 0.1, eps: 0.5 }],
    ['L2 weight decay', { ...defaults, lr: 0.05, weightDecay: 0.3 }],
    ['amsgrad', { ...defaults, lr: 0.05, betas: [0.8, 0.5], amsgrad: true }],
    ['maximize', { ...defaults, lr: 0.05, maximize: true }],
  ];
  it.each(cases)('matches the published rule for the first three steps: %s', (_, options) => {
    const param = makeParameter(startValues);
    const optimizer = new Adam([param], options);
    const actual = trajectory(() => optimizer.step(), param, gradientSequence);
    const expected = referenceAdam(startValues, gradientSequence, options);
    actual.forEach((values, step) => expectClose(values, expected[step]));
  });

  it('amsgrad differs from plain Adam once the second moment falls', () => {
    const run = (amsgrad: boolean): number[] => {
      const param = makeParameter(startValues);
      const optimizer = new Adam([param], { lr: 0.05, betas: [0.8, 0.5], amsgrad });
      return trajectory(() => optimizer.step(), param, gradientSequence)[2];
    };
    expect(run(true)).not.toEqual(run(false));
  });

  it('moves each weight by about lr on the first step (the doc example)', () => {
    const param = makeParameter([1, -2]);
    const optimizer = new Adam([param], { lr: 0.1 });
    trajectory(() => optimizer.step(), param, [[2, -4]]);
    expectClose(param.value.data, [0.9, -1.9], 1e-6);
  });

  it('creates its state on the first step, the max buffer only with amsgrad', () => {
    const param = makeParameter([1, 2]);
    const optimizer = new Adam([param], { amsgrad: false });
    expect(optimizer.stateOf(param)).toBeUndefined();
    trajectory(() => optimizer.step(), param, [[1, 1]]);
    const state = optimizer.stateOf(param)!;
    expect(state.step).toBe(1);
    expect(state.maxExpAvgSq).toBeNull();
    expectClose(state.expAvg, [0.1, 0.1]);
    expectClose(state.expAvgSq, [0.001, 0.001]);
  });

  it('adamUpdate works on raw arrays and checks their lengths', () => {
    const param = new Float32Array([1]);
    const state = { step: 0, expAvg: new Float32Array(1), expAvgSq: new Float32Array(1), maxExpAvgSq: null };
    adamUpdate(param, new Float32Array([0.5]), state, { ...defaults, lr: 0.1 });
    expectClose(param, [0.9]);
    expect(state.step).toBe(1);
    expect(() => adamUpdate(param, new Float32Array(2), state, defaults)).toThrow('adamUpdate(param, grad, state, options): grad has 2 elements, param has 1');
    expect(() => adamUpdate(param, new Float32Array(1), state, { ...defaults, amsgrad: true })).toThrow('state.maxExpAvgSq is null');
  });

  it('uses the defaults of torch.optim.Adam and validates options by name', () => {
    const param = makeParameter([1]);
    expect(new Adam([param]).defaults).toEqual(defaults);
    expect(() => new Adam([param], { lr: -1 })).toThrow('Adam(params, options): lr must be a finite number >= 0, got -1');
    expect(() => new Adam([param], { betas: [1, 0.999] })).toThrow('betas[0] must be a finite number in [0, 1), got 1');
    expect(() => new Adam([param], { betas: [0.9, -0.1] })).toThrow('betas[1] must be a finite number in [0, 1), got -0.1');
    expect(() => new Adam([param], { betas: [0.9] as never })).toThrow('betas must be a pair of numbers [beta1, beta2], got an array of length 1');
    expect(() => new Adam([param], { eps: Infinity })).toThrow('eps must be a finite number >= 0, got Infinity');
    expect(() => new Adam([param], { weightDecay: -0.1 })).toThrow('weightDecay must be a finite number >= 0, got -0.1');
    expect(() => new Adam([param], { amsgrad: 1 as never })).toThrow('amsgrad must be a boolean, got 1');
    expect(() => new Adam([param], { lr: '0.1' as never })).toThrow("lr must be a finite number >= 0, got string '0.1'");
  });
});
