/**
 * "A small LSTM task" for the optimizers: a one-layer LSTM written from
 * autograd primitives (optim may not import @mnemo/lstm) must remember the
 * first input of a sequence of random ±1 values until the sequence ends.
 * Trained with gradient-norm clipping, as recurrent networks are.
 */
import { add, chunk, exp, matMul, mean, mul, neg, parameter, reciprocal, square, sub, type Parameter, type Variable } from '@mnemo/autograd';
import { Tensor, createRng, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { Adam } from './adam.js';
import { clipGradNorm } from './clip-grad-norm.js';
import type { Optimizer } from './optimizer.js';
import { RMSprop } from './rmsprop.js';
import { SGD } from './sgd.js';

const sigmoid = (x: Variable): Variable => reciprocal(add(1, exp(neg(x))));
const tanh = (x: Variable): Variable => sub(mul(2, sigmoid(mul(2, x))), 1);

const hiddenSize = 4;
const batchSize = 32;
const steps = 5;

/** PyTorch's nn.LSTM layout: weightIh [4H, 1], weightHh [4H, H], gates i, f, g, o; plus a linear readout. */
function makeModel(seed: number): Record<string, Parameter> {
  const rng = createRng(seed);
  const bound = 1 / Math.sqrt(hiddenSize);
  const uniform = (shape: number[]): Parameter =>
    parameter(new Tensor(Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => (2 * rng.next() - 1) * bound), shape));
  return {
    weightIh: uniform([4 * hiddenSize, 1]),
    weightHh: uniform([4 * hiddenSize, hiddenSize]),
    bias: uniform([4 * hiddenSize]),
    weightOut: uniform([1, hiddenSize]),
    biasOut: uniform([1]),
  };
}

/** i, f, g, o = split(x Wihᵀ + h Whhᵀ + b); c = f⊙c + i⊙g; h = o⊙tanh(c); prediction = h Woutᵀ + bout. */
function predict(model: Record<string, Parameter>, inputs: readonly Tensor[]): Variable {
  let h: Variable | Tensor = new Tensor(new Float32Array(batchSize * hiddenSize), [batchSize, hiddenSize]);
  let c: Variable | Tensor = h;
  for (const x of inputs) {
    const gates = add(add(matMul(x, model.weightIh, { transposeB: true }), matMul(h, model.weightHh, { transposeB: true })), model.bias);
    const [i, f, g, o] = chunk(gates, 4, 1);
    c = add(mul(sigmoid(f), c), mul(sigmoid(i), tanh(g)));
    h = mul(sigmoid(o), tanh(c));
  }
  return add(matMul(h, model.weightOut, { transposeB: true }), model.biasOut);
}

/** Batches of ±1 sequences; the target is each sequence's first value. */
function makeData(seed: number): { inputs: Tensor[]; target: Tensor } {
  const rng = createRng(seed);
  const values = Array.from({ length: steps }, () => Float32Array.from({ length: batchSize }, () => (rng.next() < 0.5 ? -1 : 1)));
  return { inputs: values.map((column) => tensor(column, [batchSize, 1])), target: tensor(values[0], [batchSize, 1]) };
}

function train(make: (params: Parameter[]) => Optimizer, iterations: number): { first: number; last: number; accuracy: number } {
  const model = makeModel(1);
  const params = Object.values(model);
  const optimizer = make(params);
  const named = Object.entries(model);
  let first = NaN;
  for (let iteration = 0; iteration < iterations; iteration++) {
    const { inputs, target } = makeData(100 + iteration);
    const loss = mean(square(sub(predict(model, inputs), target)));
    if (iteration === 0) first = loss.item();
    loss.backward();
    clipGradNorm(named, 1);
    optimizer.step();
    optimizer.zeroGrad();
  }
  const test = makeData(7);
  const prediction = predict(model, test.inputs);
  const last = mean(square(sub(prediction, test.target))).item();
  const correct = Array.from(prediction.value.data).filter((value, n) => Math.sign(value) === test.target.data[n]).length;
  return { first, last, accuracy: correct / batchSize };
}

describe('convergence on a small LSTM task (remember the first of 5 inputs)', () => {
  const cases: [string, (params: Parameter[]) => Optimizer, number][] = [
    ['Adam', (p) => new Adam(p, { lr: 0.05 }), 80],
    ['RMSprop', (p) => new RMSprop(p, { lr: 0.01 }), 80],
    ['SGD Nesterov', (p) => new SGD(p, { lr: 0.5, momentum: 0.9, nesterov: true }), 80],
  ];
  it.each(cases)('%s trains the LSTM to recall the first input', (_, make, iterations) => {
    const { first, last, accuracy } = train(make, iterations);
    expect(first).toBeGreaterThan(0.5);
    expect(last).toBeLessThan(0.05);
    expect(accuracy).toBe(1);
  });
});
