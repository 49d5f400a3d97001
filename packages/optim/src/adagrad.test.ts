import { describe, expect, it } from 'vitest';
import { Adagrad, adagradUpdate, type AdagradOptions } from './adagrad.js';
import { expectClose, float32, gradientSequence, makeParameter, startValues, trajectory } from './test-utils.js';

/**
 * Adagrad (Duchi, Hazan & Singer 2011) as torch.optim.Adagrad documents it, in float64:
 * γ̃ = γ/(1 + (t − 1)η); g ← g + λθ; G ← G + g²; θ ← θ − γ̃·g/(√G + ε), G starting at initialAccumulatorValue.
 */
function referenceAdagrad(start: readonly number[], gradients: readonly (readonly number[])[], o: AdagradOptions): number[][] {
  const theta = float32(start);
  const sum = theta.map(() => o.initialAccumulatorValue);
  return gradients.map((gradient, index) => {
    const t = index + 1;
    const rate = o.lr / (1 + (t - 1) * o.lrDecay);
    theta.forEach((value, i) => {
      const g = (o.maximize ? -1 : 1) * Math.fround(gradient[i]) + o.weightDecay * value;
      sum[i] += g * g;
      theta[i] = value - (rate * g) / (Math.sqrt(sum[i]) + o.eps);
    });
    return [...theta];
  });
}

const defaults: AdagradOptions = { lr: 1e-2, lrDecay: 0, weightDecay: 0, initialAccumulatorValue: 0, eps: 1e-10, maximize: false };

describe('Adagrad', () => {
  const cases: [string, AdagradOptions][] = [
    ['defaults', defaults],
    ['lr decay', { ...defaults, lr: 0.5, lrDecay: 0.3 }],
    ['initial accumulator value', { ...defaults, lr: 0.1, initialAccumulatorValue: 0.25 }],
    ['weight decay and large eps', { ...defaults, lr: 0.1, weightDecay: 0.1, eps: 0.5 }],
    ['maximize', { ...defaults, maximize: true }],
  ];
  it.each(cases)('matches the published rule for the first three steps: %s', (_, options) => {
    const param = makeParameter(startValues);
    const optimizer = new Adagrad([param], options);
    const actual = trajectory(() => optimizer.step(), param, gradientSequence);
    const expected = referenceAdagrad(startValues, gradientSequence, options);
    actual.forEach((values, step) => expectClose(values, expected[step]));
  });

  it('fills the accumulator with initialAccumulatorValue on the first step', () => {
    const param = makeParameter([1, 2]);
    const optimizer = new Adagrad([param], { initialAccumulatorValue: 0.5 });
    trajectory(() => optimizer.step(), param, [[1, 0]]);
    expectClose(optimizer.stateOf(param)!.sum, [1.5, 0.5]);
  });

  it('adagradUpdate gives the doc example value', () => {
    const param = new Float32Array([1]);
    adagradUpdate(param, new Float32Array([2]), { step: 0, sum: new Float32Array(1) }, { ...defaults, lr: 0.1 });
    expectClose(param, [0.9]);
  });

  it('uses the defaults of torch.optim.Adagrad and validates options by name', () => {
    const param = makeParameter([1]);
    expect(new Adagrad([param]).defaults).toEqual(defaults);
    expect(() => new Adagrad([param], { lrDecay: -1 })).toThrow('Adagrad(params, options): lrDecay must be a finite number >= 0, got -1');
    expect(() => new Adagrad([param], { initialAccumulatorValue: -0.1 })).toThrow('initialAccumulatorValue must be a finite number >= 0, got -0.1');
  });
});
