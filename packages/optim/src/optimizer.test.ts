import { variable, type Parameter } from '@mnemo/autograd';
import { ShapeError, ValueError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { Adagrad } from './adagrad.js';
import { Adam } from './adam.js';
import { AdamW } from './adamw.js';
import { NonFiniteGradientError } from './non-finite-gradient-error.js';
import type { Optimizer } from './optimizer.js';
import { RMSprop } from './rmsprop.js';
import { SGD } from './sgd.js';
import { expectClose, makeParameter, setGrad } from './test-utils.js';


/** A deterministic, nonlinear gradient of the parameter's current values and the step number. */
function fillGradient(param: Parameter, step: number): void {
  setGrad(param, Array.from(param.value.data, (value, i) => Math.sin(3 * value + 0.1 * step + i) + 0.5 * value));
}

function makeModel(): Parameter[] {
  return [makeParameter([0.5, -1, 2, 0.25, -0.75]), makeParameter([1, -2, 0.125])];
}

function train(optimizer: Optimizer, params: readonly Parameter[], from: number, to: number): void {
  for (let step = from; step < to; step++) {
    for (const param of params) fillGradient(param, step);
    optimizer.step();
    optimizer.zeroGrad();
  }
}

describe('Optimizer: parameter groups', () => {
  it('gives each group its own options and the constructor options as defaults', () => {
    const [a, b] = [makeParameter([1]), makeParameter([1])];
    const optimizer = new SGD([{ params: [a] }, { params: [b], lr: 0.01 }], { lr: 0.1, momentum: 0.5 });
    expect(optimizer.paramGroups.map((group) => [group.lr, group.momentum])).toEqual([[0.1, 0.5], [0.01, 0.5]]);
    setGrad(a, [1]);
    setGrad(b, [1]);
    optimizer.step();
    expectClose(a.value.data, [0.9]);
    expectClose(b.value.data, [0.99]);
  });

  it('skips parameters without a gradient and creates no state for them', () => {
    const [a, b] = [makeParameter([1]), makeParameter([1])];
    const optimizer = new Adam([a, b], { lr: 0.1 });
    setGrad(a, [1]);
    expect(optimizer.step()).toBe(true);
    expect(b.value.data[0]).toBe(1);
    expect(optimizer.stateOf(b)).toBeUndefined();
    expect(optimizer.stateOf(a)?.step).toBe(1);
  });

  it('zeroGrad sets gradients to null by default (PyTorch set_to_none) or fills them with zeros', () => {
    const param = makeParameter([1, 2]);
    const optimizer = new SGD([param]);
    setGrad(param, [3, 4]);
    const grad = param.grad!;
    optimizer.zeroGrad({ setToNull: false });
    expect(param.grad).toBe(grad);
    expect(Array.from(grad.data)).toEqual([0, 0]);
    optimizer.zeroGrad();
    expect(param.grad).toBeNull();
  });

  it('accepts [name, parameter] pairs, a Map, and named groups', () => {
    const [a, b] = [makeParameter([1]), makeParameter([2])];
    expect(new SGD([['a', a], ['b', b]]).paramGroups[0].params).toEqual([a, b]);
    expect(new SGD(new Map([['a', a], ['b', b]])).paramGroups[0].params).toEqual([a, b]);
    expect(new SGD([{ params: [['a', a]] }, { params: new Map([['b', b]]), lr: 0.5 }]).paramGroups[1].params).toEqual([b]);
  });

  it('rejects malformed parameter lists with messages naming the entry', () => {
    const a = makeParameter([1]);
    expect(() => new SGD([])).toThrow('SGD(params, options): params is empty');
    expect(() => new SGD([a, a])).toThrow('parameter 1 is the same object as parameter 0');
    expect(() => new SGD([{ params: [a] }, { params: [a] }])).toThrow('parameter 1 is the same object as parameter 0');
    expect(() => new SGD([a, { params: [] }] as never)).toThrow('mixes parameter groups');
    expect(() => new SGD([a, tensor([1])] as never)).toThrow('params entry 1 must be a Parameter or a [name, parameter] pair, got a Tensor');
    expect(() => new SGD([variable([1])] as never)).toThrow('parameter 0 does not require a gradient');
    expect(() => new SGD(3 as never)).toThrow('params must be an iterable of parameters');
    expect(() => new SGD([{ params: [a], lrr: 0.1 }] as never)).toThrow("unknown option 'lrr'");
    expect(() => new SGD([{ params: [a] }, { params: [makeParameter([1])], lr: -1 }])).toThrow(
      'SGD(params, options): paramGroups[1]: lr must be a finite number >= 0, got -1',
    );
    expect(() => new SGD([a], { onNonFinite: 'ignore' as never })).toThrow("onNonFinite must be 'error' or 'skip', got string 'ignore'");
  });

  it('checks each group lr again at step(), so a hand-set NaN never reaches the weights', () => {
    const param = makeParameter([1]);
    const optimizer = new SGD([param], { lr: 0.1 });
    optimizer.paramGroups[0].lr = NaN;
    setGrad(param, [1]);
    expect(() => optimizer.step()).toThrow('SGD.step(): lr must be a finite number >= 0, got NaN');
    expect(param.value.data[0]).toBe(1);
  });

  it('throws ShapeError for a gradient of the wrong shape, naming the parameter', () => {
    const param = makeParameter([1, 2]);
    const optimizer = new SGD([['weight', param]]);
    param.grad = tensor([1, 2], [2, 1]);
    expect(() => optimizer.step()).toThrow(ShapeError);
    expect(() => optimizer.step()).toThrow("SGD.step(): the gradient of parameter 0 ('weight') has shape [2,1], the parameter [2]");
  });
});

describe('Optimizer: non-finite gradients', () => {
  function setup(onNonFinite?: 'error' | 'skip') {
    const [a, b, c] = [makeParameter([1, 2]), makeParameter([3, 4, 5]), makeParameter([6])];
    const optimizer = new Adam(
      [
        { params: [['encoder.weight', a]] },
        { params: [['decoder.weight', b], ['decoder.bias', c]], lr: 0.5 },
      ],
      { lr: 0.1, onNonFinite },
    );
    // One good step so there is state to protect.
    setGrad(a, [1, 1]);
    setGrad(b, [1, 1, 1]);
    setGrad(c, [1]);
    optimizer.step();
    const before = { values: [a, b, c].map((p) => Array.from(p.value.data)), state: optimizer.stateDict() };
    setGrad(a, [0.5, 0.5]);
    setGrad(b, [NaN, Infinity, NaN]);
    setGrad(c, [-Infinity]);
    return { optimizer, params: [a, b, c], before };
  }

  it('refuses the step, naming every parameter and its NaN/Inf counts, and changes nothing', () => {
    const { optimizer, params, before } = setup();
    let error: unknown;
    try {
      optimizer.step();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NonFiniteGradientError);
    expect(error).toBeInstanceOf(ValueError);
    expect(NonFiniteGradientError.isInstance(error)).toBe(true);
    const message = (error as Error).message;
    expect(message).toContain("Adam.step(): the gradient of parameter 1 ('decoder.weight') has 2 NaN and 1 infinite values out of 3");
    expect(message).toContain("the gradient of parameter 2 ('decoder.bias') has 0 NaN and 1 infinite values out of 1");
    expect(message).toContain('no parameter was updated');
    expect((error as NonFiniteGradientError).parameters.map((entry) => entry.index)).toEqual([1, 2]);
    // Parameter 0 comes first and its gradient is finite, yet it was not touched either.
    expect(params.map((p) => Array.from(p.value.data))).toEqual(before.values);
    expect(optimizer.stateDict()).toEqual(before.state);
  });

  it("with onNonFinite 'skip' leaves everything untouched, counts the step, and applies the next good one", () => {
    const { optimizer, params, before } = setup('skip');
    expect(optimizer.step()).toBe(false);
    expect(optimizer.skippedSteps).toBe(1);
    expect(params.map((p) => Array.from(p.value.data))).toEqual(before.values);
    expect(optimizer.stateDict().state).toEqual(before.state.state);
    setGrad(params[1], [0, 0, 0]);
    setGrad(params[2], [0]);
    expect(optimizer.step()).toBe(true);
    expect(optimizer.stateOf(params[0])?.step).toBe(2);
    expect(optimizer.skippedSteps).toBe(1);
  });

  it('names parameters by index when no names were given', () => {
    const param = makeParameter([1, 2, 3]);
    const optimizer = new SGD([param]);
    setGrad(param, [1, NaN, 3]);
    expect(() => optimizer.step()).toThrow('SGD.step(): the gradient of parameter 0 has 1 NaN and 0 infinite values out of 3');
  });
});

describe('Optimizer: state dicts', () => {
  const kinds: [string, (params: Parameter[]) => Optimizer][] = [
    ['Adam', (p) => new Adam([{ params: [p[0]] }, { params: [p[1]], lr: 0.05 }], { lr: 0.02 })],
    ['Adam amsgrad', (p) => new Adam(p, { lr: 0.02, amsgrad: true })],
    ['SGD momentum', (p) => new SGD([{ params: [p[0]] }, { params: [p[1]], nesterov: true }], { lr: 0.05, momentum: 0.9 })],
    ['AdamW', (p) => new AdamW(p, { lr: 0.02 })],
    ['RMSprop centered momentum', (p) => new RMSprop(p, { lr: 0.01, centered: true, momentum: 0.5 })],
    ['Adagrad', (p) => new Adagrad(p, { lr: 0.1, lrDecay: 0.01 })],
  ];

  it.each(kinds)('%s: 10 steps, save, restore into fresh objects, 10 more steps == 20 steps, bit for bit', (_, make) => {
    const straight = makeModel();
    train(make(straight), straight, 0, 20);

    const first = makeModel();
    const firstOptimizer = make(first);
    train(firstOptimizer, first, 0, 10);
    const saved = { weights: first.map((p) => p.value.data.slice()), optimizer: firstOptimizer.stateDict() };
    train(firstOptimizer, first, 10, 12); // training on after saving must not change what was saved

    const resumed = makeModel();
    resumed.forEach((param, index) => param.value.data.set(saved.weights[index]));
    const resumedOptimizer = make(resumed);
    resumedOptimizer.loadStateDict(saved.optimizer);
    train(resumedOptimizer, resumed, 10, 20);

    resumed.forEach((param, index) => expect(param.value.data).toEqual(straight[index].value.data));
    // Not vacuous: the weights moved.
    expect(Array.from(straight[0].value.data)).not.toEqual([0.5, -1, 2, 0.25, -0.75]);
  });

  it('survives a JSON round trip (Float32Arrays saved as number arrays) bit for bit', () => {
    const straight = makeModel();
    train(new Adam(straight, { lr: 0.02 }), straight, 0, 8);
    const first = makeModel();
    const optimizer = new Adam(first, { lr: 0.02 });
    train(optimizer, first, 0, 4);
    const json = JSON.stringify(optimizer.stateDict(), (_, value: unknown) => (value instanceof Float32Array ? Array.from(value) : value));
    const restored = new Adam(first, { lr: 0.02 });
    restored.loadStateDict(JSON.parse(json));
    train(restored, first, 4, 8);
    first.forEach((param, index) => expect(param.value.data).toEqual(straight[index].value.data));
  });

  it('has the documented structure: state by parameter index, groups with their options and parameter indices', () => {
    const [a, b, c] = [makeParameter([1, 2]), makeParameter([3]), makeParameter([4])];
    const optimizer = new Adam([{ params: [a, b] }, { params: [c], lr: 0.5 }]);
    setGrad(a, [1, 1]);
    setGrad(c, [1]);
    optimizer.step();
    const dict = optimizer.stateDict();
    expect(Object.keys(dict.state)).toEqual(['0', '2']);
    expect(dict.state[0]).toEqual({ step: 1, expAvg: expect.any(Float32Array), expAvgSq: expect.any(Float32Array), maxExpAvgSq: null });
    expect(dict.paramGroups).toEqual([
      { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, amsgrad: false, maximize: false, params: [0, 1] },
      { lr: 0.5, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, amsgrad: false, maximize: false, params: [2] },
    ]);
    expect(dict.skippedSteps).toBe(0);
    expect(dict.state[0].expAvg).not.toBe(optimizer.stateOf(a)!.expAvg);
  });

  it('restores group options such as a scheduled lr', () => {
    const param = makeParameter([1]);
    const source = new SGD([param], { lr: 0.1 });
    source.paramGroups[0].lr = 0.0125;
    const target = new SGD([makeParameter([1])], { lr: 0.1 });
    target.loadStateDict(source.stateDict());
    expect(target.paramGroups[0].lr).toBe(0.0125);
  });

  it('rejects a state dict that does not fit, naming what differs, and changes nothing', () => {
    const params = makeModel();
    const optimizer = new Adam(params, { lr: 0.02 });
    train(optimizer, params, 0, 2);
    const good = optimizer.stateDict();
    const other = new Adam(makeModel(), { lr: 0.02 });
    const before = other.stateDict();

    expect(() => other.loadStateDict({ ...good, paramGroups: [good.paramGroups[0], good.paramGroups[0]] })).toThrow(
      'Adam.loadStateDict(stateDict): it has 2 parameter groups, this optimizer has 1',
    );
    expect(() => other.loadStateDict({ ...good, paramGroups: [{ ...good.paramGroups[0], params: [0] }] })).toThrow(
      'paramGroups[0].params must be the 2 indices 0..1',
    );
    const shortState = { ...good.state[1], expAvg: new Float32Array(2) };
    expect(() => other.loadStateDict({ ...good, state: { ...good.state, 1: shortState } })).toThrow(ShapeError);
    expect(() => other.loadStateDict({ ...good, state: { ...good.state, 1: shortState } })).toThrow(
      'Adam.loadStateDict(stateDict): state of parameter 1: expAvg has length 2, but the parameter has 3 elements',
    );
    expect(() => other.loadStateDict({ ...good, state: { ...good.state, 5: good.state[0] } })).toThrow("state has an entry for parameter '5'");
    expect(() => other.loadStateDict({ ...good, state: { 0: { ...good.state[0], momentum: 1 } } } as never)).toThrow("unknown field 'momentum'");
    expect(() => other.loadStateDict({ ...good, state: { 0: { ...good.state[0], step: -1 } } })).toThrow('step must be an integer >= 0, got -1');
    expect(() => other.loadStateDict({ ...good, paramGroups: [{ ...good.paramGroups[0], lr: -1 }] })).toThrow(
      'Adam.loadStateDict(stateDict): paramGroups[0]: lr must be a finite number >= 0, got -1',
    );
    expect(() => other.loadStateDict(null as never)).toThrow('expected { state, paramGroups }');
    expect(other.stateDict()).toEqual(before);
  });
});
