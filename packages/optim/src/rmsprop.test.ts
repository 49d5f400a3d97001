import { describe, expect, it } from 'vitest';
import { RMSprop, rmspropUpdate, type RMSpropOptions } from './rmsprop.js';
import { expectClose, float32, gradientSequence, makeParameter, startValues, trajectory } from './test-utils.js';

/**
 * RMSprop (Tieleman & Hinton 2012; centered form of Graves 2013) as torch.optim.RMSprop documents it, in float64:
 * v ← αv + (1 − α)g²; ṽ = v, or v − ḡ² with ḡ ← αḡ + (1 − α)g when centered;
 * b ← μb + g/(√ṽ + ε), θ ← θ − γb (momentum), else θ ← θ − γg/(√ṽ + ε).
 */
function referenceRmsprop(start: readonly number[], gradients: readonly (readonly number[])[], o: RMSpropOptions): number[][] {
  const theta = float32(start);
  const v = theta.map(() => 0);
  const gAverage = theta.map(() => 0);
  const b = theta.map(() => 0);
  return gradients.map((gradient) => {
    theta.forEach((value, i) => {
      const g = (o.maximize ? -1 : 1) * Math.fround(gradient[i]) + o.weightDecay * value;
      v[i] = o.alpha * v[i] + (1 - o.alpha) * g * g;
      let vTilde = v[i];
      if (o.centered) {
        gAverage[i] = o.alpha * gAverage[i] + (1 - o.alpha) * g;
        vTilde = v[i] - gAverage[i] ** 2;
      }
      if (o.momentum > 0) {
        b[i] = o.momentum * b[i] + g / (Math.sqrt(vTilde) + o.eps);
        theta[i] = value - o.lr * b[i];
      } else {
        theta[i] = value - (o.lr * g) / (Math.sqrt(vTilde) + o.eps);
      }
    });
    return [...theta];
  });
}

const defaults: RMSpropOptions = { lr: 1e-2, alpha: 0.99, eps: 1e-8, weightDecay: 0, momentum: 0, centered: false, maximize: false };

describe('RMSprop', () => {
  const cases: [string, RMSpropOptions][] = [
    ['defaults', defaults],
    ['alpha 0.9, large eps', { ...defaults, alpha: 0.9, eps: 0.1 }],
    ['weight decay', { ...defaults, weightDecay: 0.2 }],
    ['momentum', { ...defaults, momentum: 0.9 }],
    ['centered', { ...defaults, alpha: 0.9, centered: true }],
    ['centered with momentum', { ...defaults, alpha: 0.8, centered: true, momentum: 0.5 }],
    ['maximize', { ...defaults, maximize: true }],
  ];
  it.each(cases)('matches the published rule for the first three steps: %s', (_, options) => {
    const param = makeParameter(startValues);
    const optimizer = new RMSprop([param], options);
    const actual = trajectory(() => optimizer.step(), param, gradientSequence);
    const expected = referenceRmsprop(startValues, gradientSequence, options);
    // The centered variance v − ḡ² loses float32 digits to cancellation, hence the looser bound there.
    actual.forEach((values, step) => expectClose(values, expected[step], options.centered ? 1e-5 : 1e-6));
  });

  it('creates momentum and centered buffers only when asked', () => {
    const plain = makeParameter([1]);
    const full = makeParameter([1]);
    const a = new RMSprop([plain]);
    const b = new RMSprop([full], { momentum: 0.5, centered: true });
    trajectory(() => a.step(), plain, [[1]]);
    trajectory(() => b.step(), full, [[1]]);
    expect(a.stateOf(plain)).toMatchObject({ step: 1, momentumBuffer: null, gradAvg: null });
    expect(b.stateOf(full)?.momentumBuffer).toBeInstanceOf(Float32Array);
    expect(b.stateOf(full)?.gradAvg).toBeInstanceOf(Float32Array);
  });

  it('rmspropUpdate gives the doc example value', () => {
    const param = new Float32Array([1]);
    const state = { step: 0, squareAvg: new Float32Array(1), momentumBuffer: null, gradAvg: null };
    rmspropUpdate(param, new Float32Array([1]), state, defaults);
    expectClose(param, [0.9]);
    expect(() => rmspropUpdate(param, new Float32Array([1]), state, { ...defaults, centered: true })).toThrow('state.gradAvg is null');
  });

  it('uses the defaults of torch.optim.RMSprop and validates options by name', () => {
    const param = makeParameter([1]);
    expect(new RMSprop([param]).defaults).toEqual(defaults);
    expect(() => new RMSprop([param], { alpha: 1.5 })).toThrow('RMSprop(params, options): alpha must be a finite number in [0, 1], got 1.5');
    expect(() => new RMSprop([param], { momentum: -0.5 })).toThrow('momentum must be a finite number >= 0, got -0.5');
    expect(() => new RMSprop([param], { centered: 'yes' as never })).toThrow("centered must be a boolean, got string 'yes'");
  });
});
