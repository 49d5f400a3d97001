import { parameter, sum } from '@mnemo/autograd';
import { assertGradCheck } from '@mnemo/autograd/testing';
import { ShapeError, ValueError, createRng, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { Linear } from './linear.js';

/** A Linear with known weights. */
function known(bias = true): Linear {
  const layer = new Linear(3, 2, { seed: 0, bias });
  layer.loadStateDict(bias ? { weight: tensor([[1, 0, -1], [2, 1, 0]]), bias: tensor([0.5, -1]) } : { weight: tensor([[1, 0, -1], [2, 1, 0]]) });
  return layer;
}

describe('Linear', () => {
  it('computes x·Wᵀ + b on known values, for any leading axes', () => {
    const layer = known();
    expect(layer.forward(tensor([[1, 2, 3], [0, 1, 0]])).value.toArray()).toEqual([[-1.5, 3], [0.5, 0]]);
    expect(layer.forward(tensor([1, 2, 3])).value.toArray()).toEqual([-1.5, 3]);
    const batched = layer.forward(tensor([[[1, 2, 3]], [[0, 1, 0]]]));
    expect(batched.shape).toEqual([2, 1, 2]);
    expect(batched.value.toArray()).toEqual([[[-1.5, 3]], [[0.5, 0]]]);
    expect(known(false).forward(tensor([[1, 2, 3]])).value.toArray()).toEqual([[-2, 4]]);
  });

  it('has PyTorch layout and names, and initializes U(-1/√in, 1/√in) from its seed', () => {
    const layer = new Linear(16, 8, { seed: 3 });
    expect(layer.namedParameters().map(([name, param]) => [name, param.shape])).toEqual([['weight', [8, 16]], ['bias', [8]]]);
    const values = [...layer.weight.value.data, ...layer.bias!.value.data];
    expect(values.every((x) => Math.abs(x) <= 0.25)).toBe(true);
    expect(Math.max(...values.map(Math.abs))).toBeGreaterThan(0.2);
    expect(Array.from(new Linear(16, 8, { seed: 3 }).weight.value.data)).toEqual(Array.from(layer.weight.value.data));
    expect(Array.from(new Linear(16, 8, { rng: createRng(3) }).bias!.value.data)).toEqual(Array.from(layer.bias!.value.data));
    expect(new Linear(4, 2, { seed: 0, bias: false }).parameters()).toHaveLength(1);
  });

  it('passes gradCheck for the input, weight and bias', () => {
    const layer = known();
    const x = tensor([[0.5, -1, 2], [1.5, 0.3, -0.7]]);
    const check = (fn: Parameters<typeof assertGradCheck>[0], inputs: Parameters<typeof assertGradCheck>[1]) => expect(assertGradCheck(fn, inputs).passed).toBe(true);
    check((input) => layer.forward(input), [x]);
    check((input) => layer.forward(input), [tensor([[[0.5, -1, 2]], [[1, 2, -3]]])]);
    // gradCheck perturbs the Variables it passes in, so put them in a layer's place.
    check((weight, bias) => {
      const probe = new Linear(3, 2, { seed: 0 });
      Object.defineProperty(probe, 'weight', { value: weight });
      Object.defineProperty(probe, 'bias', { value: bias });
      return probe.forward(x);
    }, [parameter(layer.weight.value), parameter(layer.bias!.value)]);
  });

  it('accumulates parameter gradients: dW = Gᵀx, db = Σ G', () => {
    const layer = known();
    sum(layer.forward(tensor([[1, 2, 3], [0, 1, 0]]))).backward();
    expect(layer.weight.grad!.toArray()).toEqual([[1, 3, 3], [1, 3, 3]]);
    expect(layer.bias!.grad!.toArray()).toEqual([2, 2]);
  });

  it('names the shapes when the input does not fit, and validates its options', () => {
    expect(() => known().forward(tensor([[1, 2]]))).toThrow(ShapeError);
    expect(() => known().forward(tensor([[1, 2]]))).toThrow('Linear.forward(x): x is [1,2], but the layer takes [..., 3] (inFeatures 3)');
    expect(() => known().forward(2)).toThrow(/x is \[\]/);
    expect(() => new Linear(2.5, 2, { seed: 0 })).toThrow(ValueError);
    expect(() => new Linear(2, 2, {} as never)).toThrow(/seed/);
  });
});
