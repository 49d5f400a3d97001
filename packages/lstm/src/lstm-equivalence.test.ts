/**
 * The fused LSTM against the composition it replaces (looping the reference
 * LSTMCell with RNN, layer by layer): equal output, h_n, c_n and EVERY
 * gradient; and gradCheck of the fused layer in every configuration.
 */
import { concat, mul, reshape, sum, variable, type Variable } from '@mnemo/autograd';
import { gradCheck } from '@mnemo/autograd/testing';
import { createRng, type Tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { LSTM } from './lstm.js';
import { randomTensor, referenceLSTM, withParameters } from './test-helpers.js';

interface Configuration {
  name: string;
  numLayers: number;
  bidirectional: boolean;
  batchFirst: boolean;
  lengths?: number[];
  initialState: boolean;
  bias?: boolean;
  cellClip?: number;
}

const T = 3, B = 3, INPUT = 2, H = 2;

const configurations: Configuration[] = [
  { name: '1 layer', numLayers: 1, bidirectional: false, batchFirst: false, initialState: false },
  { name: '1 layer, ragged lengths', numLayers: 1, bidirectional: false, batchFirst: false, lengths: [3, 1, 2], initialState: false },
  { name: '1 layer, bidirectional, ragged, initialState', numLayers: 1, bidirectional: true, batchFirst: false, lengths: [2, 3, 1], initialState: true },
  { name: '1 layer, no bias, batchFirst', numLayers: 1, bidirectional: false, batchFirst: true, initialState: false, bias: false },
  { name: '2 layers, batchFirst, initialState', numLayers: 2, bidirectional: false, batchFirst: true, initialState: true },
  { name: '2 layers, bidirectional, batchFirst, ragged, initialState', numLayers: 2, bidirectional: true, batchFirst: true, lengths: [3, 1, 2], initialState: true },
  { name: '2 layers, bidirectional, ragged', numLayers: 2, bidirectional: true, batchFirst: false, lengths: [1, 3, 2], initialState: false },
];

function build(configuration: Configuration, seed: number): { lstm: LSTM; x: Variable; state?: [Variable, Variable]; weights: Tensor[] } {
  const rng = createRng(seed);
  const lstm = new LSTM({
    inputSize: INPUT, hiddenSize: H, numLayers: configuration.numLayers, bidirectional: configuration.bidirectional,
    batchFirst: configuration.batchFirst, bias: configuration.bias, cellClip: configuration.cellClip, seed,
  });
  // Larger weights than the default init, so every gate works away from its linear regime.
  for (const parameter of lstm.parameters()) parameter.data.set(randomTensor(parameter.shape as number[], rng, 1.2).data);
  const directions = configuration.bidirectional ? 2 : 1;
  const x = variable(randomTensor(configuration.batchFirst ? [B, T, INPUT] : [T, B, INPUT], rng, 1.5), { requiresGrad: true });
  const stateShape = [configuration.numLayers * directions, B, H];
  const state = configuration.initialState
    ? [variable(randomTensor(stateShape, rng, 0.8), { requiresGrad: true }), variable(randomTensor(stateShape, rng, 0.8), { requiresGrad: true })] as [Variable, Variable]
    : undefined;
  const outputShape = configuration.batchFirst ? [B, T, directions * H] : [T, B, directions * H];
  return { lstm, x, state, weights: [randomTensor(outputShape, rng), randomTensor(stateShape, rng), randomTensor(stateShape, rng)] };
}

/** Σ r₁·output + Σ r₂·h_n + Σ r₃·c_n: a scalar every output element reaches. */
function objective(output: Variable, hidden: readonly Variable[], weights: Tensor[]): Variable {
  return sum(concat([reshape(mul(output, weights[0]), [-1]), reshape(mul(hidden[0], weights[1]), [-1]), reshape(mul(hidden[1], weights[2]), [-1])], 0));
}

function gradientsOf(lstm: LSTM, x: Variable, state?: [Variable, Variable]): Map<string, Float32Array> {
  const grads = new Map<string, Float32Array>();
  grads.set('x', Float32Array.from(x.grad?.data ?? []));
  if (state) {
    grads.set('h0', Float32Array.from(state[0].grad?.data ?? []));
    grads.set('c0', Float32Array.from(state[1].grad?.data ?? []));
  }
  for (const [name, parameter] of lstm.namedParameters()) grads.set(name, Float32Array.from(parameter.grad?.data ?? []));
  return grads;
}

function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let k = 0; k < a.length; k++) worst = Math.max(worst, Math.abs(a[k] - b[k]));
  return worst;
}

describe('LSTM (fused) equals looping the reference LSTMCell', () => {
  for (const configuration of configurations) {
    it(configuration.name, () => {
      const { lstm, x, state, weights } = build(configuration, 11);
      const fused = lstm.forward(x, { lengths: configuration.lengths, initialState: state });
      objective(fused.output, fused.hidden, weights).backward();
      const fusedGradients = gradientsOf(lstm, x, state);

      lstm.zeroGrad();
      x.zeroGrad();
      state?.forEach((s) => s.zeroGrad());
      const reference = referenceLSTM(lstm, x, { lengths: configuration.lengths, initialState: state });
      objective(reference.output, reference.hidden, weights).backward();
      const referenceGradients = gradientsOf(lstm, x, state);

      expect(maxDifference(fused.output.data, reference.output.data)).toBeLessThan(1e-6);
      expect(maxDifference(fused.hidden[0].data, reference.hidden[0].data)).toBeLessThan(1e-6);
      expect(maxDifference(fused.hidden[1].data, reference.hidden[1].data)).toBeLessThan(1e-6);
      const expectedNames = ['x', ...(state ? ['h0', 'c0'] : []), ...lstm.namedParameters().map(([name]) => name)];
      expect([...fusedGradients.keys()]).toEqual(expectedNames);
      for (const name of expectedNames) {
        const fusedGradient = fusedGradients.get(name) as Float32Array;
        expect(fusedGradient.some((value) => value !== 0), `${name} gradient is all zero`).toBe(true);
        expect(maxDifference(fusedGradient, referenceGradients.get(name) as Float32Array), name).toBeLessThan(1e-5);
      }
    });
  }
});

describe('LSTM (fused) passes gradCheck', () => {
  const checked: Configuration[] = [
    ...configurations,
    { name: '2 layers, bidirectional, ragged, cellClip active', numLayers: 2, bidirectional: true, batchFirst: false, lengths: [2, 3, 1], initialState: true, cellClip: 1.5 },
  ];
  for (const configuration of checked) {
    it(configuration.name, () => {
      const { lstm, x, state, weights } = build(configuration, 21);
      if (configuration.cellClip !== undefined) separateFromClip(lstm);
      const parameters = lstm.parameters();
      const run = withParameters(parameters, (input, h0, c0) => {
        const { output, hidden } = lstm.forward(input, { lengths: configuration.lengths, initialState: h0 && c0 ? [h0, c0] : undefined });
        return concat([reshape(output, [-1]), reshape(hidden[0], [-1]), reshape(hidden[1], [-1])], 0);
      });
      const inputs = [...parameters, x.value, ...(state ? [state[0].value, state[1].value] : [])];
      const result = gradCheck(run, inputs);
      expect(result.passed, result.message).toBe(true);
      expect(weights.length).toBe(3);
    });
  }
});

/**
 * Finite differences cannot cross the kink of a clip, so for the cellClip
 * check every gate pre-activation must stay far from ±1.5 whatever the probe:
 * small weights (|W_ih x + W_hh h| < 0.5) and biases of +3, -3 or 0 by gate row
 * put each pre-activation within 0.55 of ±3 (always clipped) or of 0 (never).
 */
function separateFromClip(lstm: LSTM): void {
  const rng = createRng(5);
  for (const [name, parameter] of lstm.namedParameters()) {
    const data = parameter.data;
    for (let k = 0; k < data.length; k++) {
      const noise = 2 * rng.next() - 1;
      data[k] = name.startsWith('weight') ? 0.08 * noise : name.startsWith('bias_ih') ? [3, -3, 0][k % 3] + 0.02 * noise : 0.02 * noise;
    }
  }
}
