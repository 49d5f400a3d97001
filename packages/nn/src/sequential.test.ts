import { mul, parameter, variable, type Input, type Parameter, type Variable } from '@mnemo/autograd';
import { ValueError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { Dropout } from './dropout.js';
import { Module } from './module.js';
import { Sequential } from './sequential.js';

class Scale extends Module {
  readonly factor: Parameter;
  constructor(value: number) {
    super();
    this.factor = parameter([value]);
  }
  forward(x: Input): Variable {
    return mul(x, this.factor);
  }
}

describe('Sequential', () => {
  it('chains the layers and names them 0, 1, ... like PyTorch', () => {
    const model = new Sequential(new Scale(2), new Dropout(0.5, { seed: 0 }), new Scale(3));
    expect(model.namedParameters().map(([name]) => name)).toEqual(['0.factor', '2.factor']);
    model.eval();
    expect(Array.from(model.forward(tensor([1, 2])).data)).toEqual([6, 12]);
    expect(model.length).toBe(3);
    expect(model.layers[1]).toBeInstanceOf(Dropout);
  });

  it('propagates train/eval to its layers and round-trips a state dict', () => {
    const model = new Sequential(new Scale(2), new Dropout(0.5, { seed: 0 }));
    model.eval();
    expect(model.layers[1].training).toBe(false);
    const copy = new Sequential(new Scale(5), new Dropout(0.5, { seed: 0 }));
    copy.loadStateDict(model.stateDict());
    expect(Array.from((copy.layers[0] as Scale).factor.data)).toEqual([2]);
  });

  it('returns the input unchanged when empty, and rejects non-modules', () => {
    const x = variable([1]);
    expect(new Sequential().forward(x)).toBe(x);
    expect(() => new Sequential(new Scale(1), (() => 1) as never)).toThrow(ValueError);
    expect(() => new Sequential(new Scale(1), {} as never)).toThrow('Sequential(...layers): layer 1 must be a Module with a forward method, got a Object');
  });
});
