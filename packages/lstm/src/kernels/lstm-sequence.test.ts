/**
 * The whole-sequence kernels against a plain float64 step-by-step LSTM written
 * here from the equations: forward values, and backward against central
 * differences of that float64 reference.
 */
import { createRng } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { lstmSequenceBackward } from './lstm-sequence-backward.js';
import { lstmSequenceForward, type LstmSequenceArguments } from './lstm-sequence-forward.js';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** A direct float64 LSTM over [T, B, in], step by step, with lengths, reverse and clip. */
function referenceForward(args: LstmSequenceArguments, input: Float64Array, weightIh: Float64Array, weightHh: Float64Array, bias: Float64Array,
  h0: Float64Array, c0: Float64Array): { output: Float64Array; hidden: Float64Array; cell: Float64Array } {
  const { steps: T, batchSize: B, inputSize: I, hiddenSize: H, lengths, reverse, cellClip } = args;
  const output = new Float64Array(T * B * H);
  const hidden = Float64Array.from(h0);
  const cell = Float64Array.from(c0);
  const clip = (z: number): number => (cellClip === null ? z : Math.max(-cellClip, Math.min(cellClip, z)));
  for (let b = 0; b < B; b++) {
    const length = lengths === null ? T : lengths[b];
    for (let s = 0; s < length; s++) {
      const t = reverse ? length - 1 - s : s;
      const z = new Float64Array(4 * H);
      for (let row = 0; row < 4 * H; row++) {
        let sum = bias[row];
        for (let k = 0; k < I; k++) sum += weightIh[row * I + k] * input[(t * B + b) * I + k];
        for (let k = 0; k < H; k++) sum += weightHh[row * H + k] * hidden[b * H + k];
        z[row] = clip(sum);
      }
      for (let j = 0; j < H; j++) {
        const c = sigmoid(z[H + j]) * cell[b * H + j] + sigmoid(z[j]) * Math.tanh(z[2 * H + j]);
        cell[b * H + j] = c;
        hidden[b * H + j] = sigmoid(z[3 * H + j]) * Math.tanh(c);
        output[(t * B + b) * H + j] = hidden[b * H + j];
      }
    }
  }
  return { output, hidden, cell };
}

function randomArray(size: number, rng: ReturnType<typeof createRng>, scale = 1): Float32Array {
  const data = new Float32Array(size);
  for (let k = 0; k < size; k++) data[k] = scale * (2 * rng.next() - 1);
  return data;
}

function setup(options: { reverse: boolean; lengths: number[] | null; cellClip: number | null; seed: number }): LstmSequenceArguments {
  const rng = createRng(options.seed);
  const T = 4, B = 3, I = 2, H = 3;
  return {
    steps: T, batchSize: B, inputSize: I, hiddenSize: H,
    input: randomArray(T * B * I, rng, 1.5),
    weightIh: randomArray(4 * H * I, rng, 0.9), weightHh: randomArray(4 * H * H, rng, 0.9),
    biasIh: randomArray(4 * H, rng, 0.5), biasHh: randomArray(4 * H, rng, 0.5),
    initialHidden: randomArray(B * H, rng, 0.5), initialCell: randomArray(B * H, rng, 0.5),
    lengths: options.lengths === null ? null : Int32Array.from(options.lengths),
    reverse: options.reverse, cellClip: options.cellClip,
  };
}

const configurations = [
  { name: 'forward, full length', reverse: false, lengths: null, cellClip: null, seed: 1 },
  { name: 'reverse, full length', reverse: true, lengths: null, cellClip: null, seed: 2 },
  { name: 'forward, ragged', reverse: false, lengths: [4, 1, 2], cellClip: null, seed: 3 },
  { name: 'reverse, ragged', reverse: true, lengths: [2, 4, 1], cellClip: null, seed: 4 },
  { name: 'forward, ragged, cellClip 0.6', reverse: false, lengths: [3, 4, 2], cellClip: 0.6, seed: 5 },
];

describe('lstmSequenceForward / lstmSequenceBackward', () => {
  for (const configuration of configurations) {
    it(`matches the float64 reference: ${configuration.name}`, () => {
      const args = setup(configuration);
      const { steps: T, batchSize: B, hiddenSize: H } = args;
      const f64 = (data: Float32Array | null): Float64Array => Float64Array.from(data ?? []);
      const bias = f64(args.biasIh).map((value, k) => value + (args.biasHh as Float32Array)[k]);
      const reference = referenceForward(args, f64(args.input), f64(args.weightIh), f64(args.weightHh), bias, f64(args.initialHidden), f64(args.initialCell));
      const record = lstmSequenceForward(args);
      const final = record.finalSlot * B * H;
      expectClose(record.output, reference.output, 1e-5);
      expectClose(record.hidden.subarray(final, final + B * H), reference.hidden, 1e-5);
      expectClose(record.cell.subarray(final, final + B * H), reference.cell, 1e-5);
      if (args.lengths !== null) {
        for (let b = 0; b < B; b++) {
          for (let t = args.lengths[b]; t < T; t++) {
            for (let j = 0; j < H; j++) expect(record.output[(t * B + b) * H + j]).toBe(0);
          }
        }
      }
      if (configuration.cellClip !== null) expect(record.clipped?.some((flag) => flag === 1)).toBe(true);

      // Backward: L = Σ r_out·output + Σ r_h·h_n + Σ r_c·c_n, against central differences of the float64 reference.
      const rng = createRng(99);
      const weights = { output: randomArray(T * B * H, rng), hidden: randomArray(B * H, rng), cell: randomArray(B * H, rng) };
      const loss = (inputs: Float64Array[]): number => {
        const [input, weightIh, weightHh, biasSum, h0, c0] = inputs;
        const result = referenceForward(args, input, weightIh, weightHh, biasSum, h0, c0);
        let total = 0;
        result.output.forEach((value, k) => { total += value * weights.output[k]; });
        result.hidden.forEach((value, k) => { total += value * weights.hidden[k]; });
        result.cell.forEach((value, k) => { total += value * weights.cell[k]; });
        return total;
      };
      const grads = lstmSequenceBackward(args, record, { output: weights.output, finalHidden: weights.hidden, finalCell: weights.cell },
        { input: true, initialHidden: true, initialCell: true, weights: true, bias: true });
      const inputs = [f64(args.input), f64(args.weightIh), f64(args.weightHh), bias, f64(args.initialHidden), f64(args.initialCell)];
      const analytic = [grads.input, grads.weightIh, grads.weightHh, grads.bias, grads.initialHidden, grads.initialCell];
      inputs.forEach((values, which) => {
        const numeric = new Float64Array(values.length);
        for (let k = 0; k < values.length; k++) {
          const saved = values[k];
          values[k] = saved + 1e-6;
          const up = loss(inputs);
          values[k] = saved - 1e-6;
          const down = loss(inputs);
          values[k] = saved;
          numeric[k] = (up - down) / 2e-6;
        }
        expectClose(analytic[which] as Float32Array, numeric, 2e-5);
      });
    });
  }

  it('returns null for gradients that are not needed', () => {
    const args = setup({ reverse: false, lengths: null, cellClip: null, seed: 7 });
    const record = lstmSequenceForward(args);
    const grads = lstmSequenceBackward(args, record, { output: null, finalHidden: new Float32Array(9).fill(1), finalCell: null },
      { input: false, initialHidden: false, initialCell: false, weights: true, bias: false });
    expect(grads.input).toBeNull();
    expect(grads.initialHidden).toBeNull();
    expect(grads.bias).toBeNull();
    expect(grads.weightIh?.length).toBe(24);
  });
});

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let k = 0; k < expected.length; k++) {
    worst = Math.max(worst, Math.abs(actual[k] - expected[k]) / (1 + Math.abs(expected[k])));
  }
  expect(worst).toBeLessThan(tolerance);
}
