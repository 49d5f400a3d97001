import { describe, expect, it } from 'vitest';
import { SGD, sgdUpdate, type SGDOptions } from './sgd.js';
import { expectClose, float32, gradientSequence, makeParameter, startValues, trajectory } from './test-utils.js';

/**
 * torch.optim.SGD's documented algorithm, in float64, one element at a time:
 * g ← g + λθ; b ← g (t = 1) or μb + (1 − τ)g; g ← g + μb (Nesterov) or b; θ ← θ − γg.
 */
function referenceSgd(start: readonly number[], gradients: readonly (readonly number[])[], o: SGDOptions): number[][] {
  const theta = float32(start);
  const buffer = theta.map(() => 0);
  return gradients.map((gradient, t) => {
    theta.forEach((value, i) => {
      let g = (o.maximize ? -1 : 1) * Math.fround(gradient[i]) + o.weightDecay * value;
      if (o.momentum !== 0) {
        buffer[i] = t === 0 ? g : o.momentum * buffer[i] + (1 - o.dampening) * g;
        g = o.nesterov ? g + o.momentum * buffer[i] : buffer[i];
      }
      theta[i] = value - o.lr * g;
    });
    return [...theta];
  });
}

const plain: SGDOptions = { lr: 0.1, momentum: 0, dampening: 0, weightDecay: 0, nesterov: false, maximize: false };

describe('SGD', () => {
  const cases: [string, SGDOptions][] = [
    ['plain', plain],
    ['weight decay', { ...plain, weightDecay: 0.1 }],
    ['momentum', { ...plain, momentum: 0.9 }],
    ['momentum with dampening', { ...plain, momentum: 0.9, dampening: 0.5, weightDecay: 0.01 }],
    ['Nesterov', { ...plain, momentum: 0.9, nesterov: true, weightDecay: 0.05 }],
    ['maximize', { ...plain, momentum: 0.5, maximize: true }],
  ];
  it.each(cases)('matches the published rule for the first three steps: %s', (_, options) => {
    const param = makeParameter(startValues);
    const optimizer = new SGD([param], options);
    const actual = trajectory(() => optimizer.step(), param, gradientSequence);
    const expected = referenceSgd(startValues, gradientSequence, options);
    actual.forEach((values, step) => expectClose(values, expected[step]));
  });

  it('gives the values of the doc example: lr 0.1, momentum 0.9 on w = [1, -2]', () => {
    const param = makeParameter([1, -2]);
    const optimizer = new SGD([param], { lr: 0.1, momentum: 0.9 });
    trajectory(() => optimizer.step(), param, [[2, -4]]);
    expectClose(param.value.data, [0.8, -1.6]);
  });

  it('starts the momentum buffer as the first gradient, undampened, as PyTorch does', () => {
    const param = new Float32Array([1, 2]);
    const state = { momentumBuffer: null as Float32Array | null };
    const options = { ...plain, momentum: 0.9, dampening: 0.5 };
    sgdUpdate(param, new Float32Array([1, -1]), state, options);
    expect(Array.from(state.momentumBuffer!)).toEqual([1, -1]);
    sgdUpdate(param, new Float32Array([1, 1]), state, options);
    expectClose(state.momentumBuffer!, [0.9 + 0.5, -0.9 + 0.5]);
  });

  it('keeps no buffer without momentum and uses the defaults of torch.optim.SGD', () => {
    const param = makeParameter([1]);
    const optimizer = new SGD([param]);
    expect(optimizer.defaults).toEqual({ lr: 1e-3, momentum: 0, dampening: 0, weightDecay: 0, nesterov: false, maximize: false });
    trajectory(() => optimizer.step(), param, [[1]]);
    expect(optimizer.stateOf(param)).toEqual({ momentumBuffer: null });
    expectClose(param.value.data, [1 - 1e-3]);
  });

  it('validates options by name', () => {
    const param = makeParameter([1]);
    expect(() => new SGD([param], { lr: -1 })).toThrow('SGD(params, options): lr must be a finite number >= 0, got -1');
    expect(() => new SGD([param], { momentum: NaN })).toThrow('momentum must be a finite number >= 0, got NaN');
    expect(() => new SGD([param], { dampening: 2 })).toThrow('dampening must be a finite number in [0, 1], got 2');
    expect(() => new SGD([param], { nesterov: true })).toThrow('nesterov needs momentum > 0 and dampening 0, got momentum 0 and dampening 0');
    expect(() => new SGD([param], { momentum: 0.9, dampening: 0.1, nesterov: true })).toThrow('nesterov needs momentum > 0 and dampening 0');
    expect(() => new SGD([param], { lr: 0.1, learningRate: 0.1 } as never)).toThrow("unknown option 'learningRate'");
  });
});
