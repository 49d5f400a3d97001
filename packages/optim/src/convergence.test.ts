/**
 * End-to-end convergence: every optimizer trains real autograd losses. A
 * convex quadratic (known minimum), logistic regression (a classifier), and a
 * small recurrent network built from autograd primitives (in lstm-task.test.ts).
 */
import { add, exp, log, mean, mul, neg, parameter, square, sub, sum, type Parameter, type Variable } from '@mnemo/autograd';
import { createRng, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { Adagrad } from './adagrad.js';
import { Adam } from './adam.js';
import { AdamW } from './adamw.js';
import type { Optimizer } from './optimizer.js';
import { RMSprop } from './rmsprop.js';
import { SGD } from './sgd.js';

type MakeOptimizer = (params: Parameter[]) => Optimizer;

/** Runs `steps` steps of loss → backward → step → zeroGrad; returns the first and last loss. */
function minimize(optimizer: Optimizer, loss: () => Variable, steps: number): { first: number; last: number } {
  let first = NaN;
  let last = NaN;
  for (let step = 0; step < steps; step++) {
    const value = loss();
    last = value.item();
    if (step === 0) first = last;
    value.backward();
    optimizer.step();
    optimizer.zeroGrad();
  }
  return { first, last: loss().item() };
}

const optimizers: [string, MakeOptimizer, number][] = [
  ['SGD', (p) => new SGD(p, { lr: 0.1 }), 150],
  ['SGD momentum', (p) => new SGD(p, { lr: 0.02, momentum: 0.9 }), 150],
  ['SGD Nesterov', (p) => new SGD(p, { lr: 0.02, momentum: 0.9, nesterov: true }), 150],
  ['Adam', (p) => new Adam(p, { lr: 0.1 }), 150],
  ['Adam amsgrad', (p) => new Adam(p, { lr: 0.1, amsgrad: true }), 150],
  ['AdamW', (p) => new AdamW(p, { lr: 0.1, weightDecay: 0 }), 150],
  ['RMSprop', (p) => new RMSprop(p, { lr: 0.05 }), 150],
  ['RMSprop centered momentum', (p) => new RMSprop(p, { lr: 0.02, centered: true, momentum: 0.5 }), 150],
  ['Adagrad', (p) => new Adagrad(p, { lr: 1 }), 150],
];

describe('convergence on a convex quadratic', () => {
  // f(θ) = Σ a_i (θ_i − c_i)², minimum 0 at θ = c, curvatures a from 0.5 to 4.
  const curvature = tensor([0.5, 1, 2, 4, 0.75, 3, 1.5, 2.5]);
  const target = tensor([1, -2, 0.5, 3, -1, 0, 2, -0.5]);

  it.each(optimizers)('%s reaches the minimum', (_, make, steps) => {
    const theta = parameter(tensor(new Float32Array(8)));
    const { first, last } = minimize(make([theta]), () => sum(mul(curvature, square(sub(theta, target)))), steps);
    expect(first).toBeGreaterThan(10);
    expect(last).toBeLessThan(1e-3 * first);
    const distance = Math.max(...Array.from(theta.value.data, (value, i) => Math.abs(value - target.data[i])));
    expect(distance).toBeLessThan(0.05);
  });
});

describe('convergence on logistic regression', () => {
  // Two Gaussian blobs in 2-d, labels ±1, separable up to a few points.
  const rng = createRng(7);
  const count = 64;
  const features = new Float32Array(count * 2);
  const labels = new Float32Array(count);
  for (let n = 0; n < count; n++) {
    const label = n % 2 === 0 ? 1 : -1;
    labels[n] = label;
    features[2 * n] = label * 1.5 + rng.normal() * 0.7;
    features[2 * n + 1] = -label * 1 + rng.normal() * 0.7;
  }
  const x = tensor(features, [count, 2]);
  const y = tensor(labels);

  it.each(optimizers)('%s learns a classifier', (_, make, steps) => {
    const weight = parameter(tensor([0, 0]));
    const bias = parameter(tensor([0]));
    const logits = (): Variable => add(sum(mul(x, weight), 1), bias);
    // mean log(1 + exp(−y·z)): the logistic loss with labels ±1.
    const loss = (): Variable => mean(log(add(1, exp(neg(mul(y, logits()))))));
    const { first, last } = minimize(make([weight, bias]), loss, steps);
    expect(first).toBeCloseTo(Math.log(2), 6);
    expect(last).toBeLessThan(0.25);
    const z = logits().value.data;
    const correct = Array.from(z).filter((value, n) => Math.sign(value) === labels[n]).length;
    expect(correct / count).toBeGreaterThanOrEqual(0.9);
  });
});
