/**
 * The pattern the Module docs show: a user-written model with its own
 * forward, trained for a few steps with the package's pieces.
 */
import { noGrad, type Input, type Variable } from '@mnemo/autograd';
import { relu } from '@mnemo/activations';
import { createRng, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { Dropout } from './dropout.js';
import { Linear } from './linear.js';
import { crossEntropy } from './losses/cross-entropy.js';
import { Module } from './module.js';

class TwoLayer extends Module {
  readonly hidden: Linear;
  readonly dropout: Dropout;
  readonly output: Linear;
  constructor(seed: number) {
    super();
    const rng = createRng(seed);
    this.hidden = new Linear(2, 16, { rng });
    this.dropout = new Dropout(0.1, { rng });
    this.output = new Linear(16, 2, { rng });
  }
  forward(x: Input): Variable {
    return this.output.forward(this.dropout.forward(relu(this.hidden.forward(x))));
  }
}

describe('a user-written module', () => {
  it('names its parameters and learns XOR with plain gradient descent', () => {
    const model = new TwoLayer(0);
    expect(model.namedParameters().map(([name]) => name)).toEqual(['hidden.weight', 'hidden.bias', 'output.weight', 'output.bias']);
    const inputs = tensor([[0, 0], [0, 1], [1, 0], [1, 1]]);
    const labels = [0, 1, 1, 0];
    const lossAt = (): number => noGrad(() => crossEntropy(model.eval().forward(inputs), labels).item());
    const initial = lossAt();
    model.train();
    for (let step = 0; step < 300; step++) {
      model.zeroGrad();
      crossEntropy(model.forward(inputs), labels).backward();
      for (const param of model.parameters()) {
        const grad = param.grad!.data;
        for (let i = 0; i < grad.length; i++) param.value.data[i] -= 0.5 * grad[i];
      }
    }
    expect(lossAt()).toBeLessThan(0.1 * initial);
  });
});
