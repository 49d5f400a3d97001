import { concat, noGrad, reshape, sum, variable, type Parameter, type Variable } from '@mnemo/autograd';
import { ShapeError, Tensor, ValueError, createRng, slice } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { LSTM } from './lstm.js';
import { RNN } from './rnn.js';
import { LSTMCell } from './lstm-cell.js';
import { randomTensor } from './test-helpers.js';

describe('LSTM', () => {
  it('registers PyTorch nn.LSTM parameter names, shapes and order', () => {
    const lstm = new LSTM({ inputSize: 5, hiddenSize: 3, numLayers: 2, bidirectional: true, seed: 0 });
    const names = lstm.namedParameters().map(([name, p]) => `${name} ${p.shape.join('x')}`);
    expect(names).toEqual([
      'weight_ih_l0 12x5', 'weight_hh_l0 12x3', 'bias_ih_l0 12', 'bias_hh_l0 12',
      'weight_ih_l0_reverse 12x5', 'weight_hh_l0_reverse 12x3', 'bias_ih_l0_reverse 12', 'bias_hh_l0_reverse 12',
      'weight_ih_l1 12x6', 'weight_hh_l1 12x3', 'bias_ih_l1 12', 'bias_hh_l1 12',
      'weight_ih_l1_reverse 12x6', 'weight_hh_l1_reverse 12x3', 'bias_ih_l1_reverse 12', 'bias_hh_l1_reverse 12',
    ]);
    const bound = 1 / Math.sqrt(3);
    for (const parameter of lstm.parameters()) expect(parameter.data.every((value) => Math.abs(value) <= bound)).toBe(true);
    expect(new LSTM({ inputSize: 5, hiddenSize: 3, bias: false, seed: 0 }).namedParameters().map(([name]) => name)).toEqual(['weight_ih_l0', 'weight_hh_l0']);
  });

  it('loads a state dict keyed like PyTorch and is reproducible from its seed', () => {
    const source = new LSTM({ inputSize: 2, hiddenSize: 3, bidirectional: true, seed: 1 });
    const target = new LSTM({ inputSize: 2, hiddenSize: 3, bidirectional: true, seed: 2 });
    expect(target.stateDict().weight_hh_l0.data).not.toEqual(source.stateDict().weight_hh_l0.data);
    target.loadStateDict(source.stateDict());
    const x = randomTensor([4, 2, 2], createRng(0));
    expect(target.forward(x).output.data).toEqual(source.forward(x).output.data);
    expect(new LSTM({ inputSize: 2, hiddenSize: 3, seed: 1 }).stateDict().weight_ih_l0.data).toEqual(source.stateDict().weight_ih_l0.data);
  });

  it('has PyTorch shapes: time-major, batchFirst, bidirectional, stacked', () => {
    const rng = createRng(1);
    const timeMajor = new LSTM({ inputSize: 4, hiddenSize: 3, numLayers: 2, bidirectional: true, seed: 0 });
    const result = timeMajor.forward(randomTensor([6, 2, 4], rng));
    expect(result.output.shape).toEqual([6, 2, 6]);
    expect(result.hidden.map((state) => state.shape)).toEqual([[4, 2, 3], [4, 2, 3]]);
    const batchFirst = new LSTM({ inputSize: 4, hiddenSize: 3, batchFirst: true, seed: 0 });
    expect(batchFirst.forward(randomTensor([2, 6, 4], rng)).output.shape).toEqual([2, 6, 3]);
  });

  it('with lengths: zero output at padded steps, and h_n / c_n equal to running each sequence alone', () => {
    const rng = createRng(2);
    const lstm = new LSTM({ inputSize: 3, hiddenSize: 4, numLayers: 2, bidirectional: true, batchFirst: true, seed: 3 });
    const x = randomTensor([3, 5, 3], rng);
    const lengths = [5, 2, 4];
    const { output, hidden: [h, c] } = lstm.forward(x, { lengths });
    for (let b = 0; b < 3; b++) {
      const alone = lstm.forward(slice(x, [b, 0, 0], [1, lengths[b], 3]));
      const rows = (value: Tensor | { data: Float32Array; shape: readonly number[] }, batch: number, size: number): number[] => {
        const out: number[] = [];
        for (let k = 0; k < value.shape[0]; k++) out.push(...value.data.subarray((k * size + batch) * 4, (k * size + batch + 1) * 4));
        return out;
      };
      expectClose(rows(h, b, 3), rows(alone.hidden[0], 0, 1));
      expectClose(rows(c, b, 3), rows(alone.hidden[1], 0, 1));
      const padded = output.data.subarray((b * 5 + lengths[b]) * 8, (b + 1) * 5 * 8);
      expect(padded.every((value) => value === 0)).toBe(true);
      expectClose(Array.from(output.data.subarray(b * 5 * 8, (b * 5 + lengths[b]) * 8)), Array.from(alone.output.data));
    }
  });

  it('padded steps receive no gradient', () => {
    const lstm = new LSTM({ inputSize: 2, hiddenSize: 3, bidirectional: true, seed: 4 });
    const x = variable(randomTensor([4, 2, 2], createRng(5)), { requiresGrad: true });
    const { output, hidden } = lstm.forward(x, { lengths: [4, 2] });
    sumAll(output, hidden[0], hidden[1]).backward();
    const grad = x.grad as Tensor;
    for (let t = 0; t < 4; t++) {
      const row = Array.from(grad.data.subarray((t * 2 + 1) * 2, (t * 2 + 2) * 2));
      if (t >= 2) expect(row).toEqual([0, 0]);
      else expect(row.some((value) => value !== 0)).toBe(true);
    }
  });

  it('traces i, f, g, o, c, h per layer and direction, equal to the reference cell, zero at padded steps', () => {
    const lstm = new LSTM({ inputSize: 2, hiddenSize: 3, numLayers: 2, bidirectional: true, batchFirst: true, seed: 6 });
    const x = randomTensor([2, 4, 2], createRng(7));
    const { trace } = lstm.forward(x, { lengths: [4, 3], trace: true });
    expect(trace?.map((entry) => `${entry.layer}${entry.direction}`)).toEqual(['0forward', '0reverse', '1forward', '1reverse']);
    expect(trace?.[0].i.shape).toEqual([2, 4, 3]);
    expect(lstm.forward(x).trace).toBeUndefined();
    // Layer 0 against the reference LSTMCell's own trace, through RNN.
    const reference = traceLayerZero(lstm, x, [4, 3]);
    for (const [k, direction] of [[0, 'forward'], [1, 'reverse']] as const) {
      const values = reference[k];
      for (const name of ['i', 'f', 'g', 'o', 'c', 'h'] as const) expectClose(Array.from(trace?.[k][name].data ?? []), Array.from(values[name].data), `${direction} ${name}`);
    }
    const forget = trace?.[1].f as Tensor;
    expect(Array.from(forget.data.subarray((1 * 4 + 3) * 3, (1 * 4 + 4) * 3))).toEqual([0, 0, 0]);
  });

  it('applies dropout between layers only in training, seeded', () => {
    const make = (): LSTM => new LSTM({ inputSize: 2, hiddenSize: 8, numLayers: 2, dropout: 0.5, seed: 9 });
    const x = randomTensor([3, 2, 2], createRng(10));
    const [a, b] = [make(), make()];
    const trainA = a.forward(x).output.data;
    expect(b.forward(x).output.data).toEqual(trainA);
    a.eval();
    const evalA = a.forward(x).output.data;
    expect(evalA).not.toEqual(trainA);
    const plain = new LSTM({ inputSize: 2, hiddenSize: 8, numLayers: 2, seed: 9 });
    expect(plain.forward(x).output.data).toEqual(evalA);
    const single = new LSTM({ inputSize: 2, hiddenSize: 8, dropout: 0.5, seed: 9 });
    expect(single.forward(x).output.data).toEqual(new LSTM({ inputSize: 2, hiddenSize: 8, seed: 9 }).forward(x).output.data);
  });

  it('forgetBias adds to the forget slice of every bias_ih', () => {
    const plain = new LSTM({ inputSize: 2, hiddenSize: 2, numLayers: 2, seed: 3 });
    const biased = new LSTM({ inputSize: 2, hiddenSize: 2, numLayers: 2, forgetBias: 1, seed: 3 });
    for (const name of ['bias_ih_l0', 'bias_ih_l1']) {
      const difference = Array.from(biased.stateDict()[name].data, (value, k) => Math.round((value - plain.stateDict()[name].data[k]) * 1e5) / 1e5);
      expect(difference).toEqual([0, 0, 1, 1, 0, 0, 0, 0]);
    }
    expect(biased.stateDict().bias_hh_l0.data).toEqual(plain.stateDict().bias_hh_l0.data);
  });

  it('cellClip clamps the gate pre-activations (gates bounded by σ(±clip))', () => {
    const lstm = new LSTM({ inputSize: 2, hiddenSize: 3, cellClip: 0.5, seed: 1 });
    for (const parameter of lstm.parameters()) parameter.data.set(randomTensor(parameter.shape as number[], createRng(2), 3).data);
    const { trace } = lstm.forward(randomTensor([5, 2, 2], createRng(3), 3), { trace: true });
    const bound = 1 / (1 + Math.exp(-0.5));
    const gates = trace?.[0];
    expect(Math.max(...(gates?.f.data ?? []))).toBeCloseTo(bound, 6);
    expect(Math.min(...(gates?.i.data ?? []))).toBeCloseTo(1 - bound, 6);
    expect(Math.max(...(gates?.g.data ?? []).map(Math.abs))).toBeCloseTo(Math.tanh(0.5), 6);
  });

  it('runs under noGrad without recording', () => {
    const lstm = new LSTM({ inputSize: 2, hiddenSize: 2, seed: 0 });
    const { output } = noGrad(() => lstm.forward(randomTensor([2, 1, 2], createRng(0))));
    expect(output.requiresGrad).toBe(false);
  });

  it('rejects bad options and inputs with typed errors naming the problem', () => {
    expect(() => new LSTM({ inputSize: 2, hiddenSize: 0, seed: 0 })).toThrow(/hiddenSize must be a positive integer/);
    expect(() => new LSTM({ inputSize: 2, hiddenSize: 2, dropout: 1, seed: 0 })).toThrow(ValueError);
    expect(() => new LSTM({ inputSize: 2, hiddenSize: 2, cellClip: -1, seed: 0 })).toThrow(/cellClip/);
    expect(() => new LSTM({ inputSize: 2, hiddenSize: 2 })).toThrow(/seed/);
    const lstm = new LSTM({ inputSize: 2, hiddenSize: 2, numLayers: 2, seed: 0 });
    expect(() => lstm.forward(randomTensor([3, 2, 5], createRng(0)))).toThrow(ShapeError);
    expect(() => lstm.forward(randomTensor([3, 2, 5], createRng(0)))).toThrow(/\[T, B, inputSize\] with inputSize 2, got \[3,2,5\]/);
    expect(() => lstm.forward(randomTensor([3, 2, 2], createRng(0)), { lengths: [3, 0] })).toThrow(/lengths\[1\] is 0/);
    expect(() => lstm.forward(randomTensor([3, 2, 2], createRng(0)), { lengths: [4, 1] })).toThrow(/lengths\[0\] is 4/);
    expect(() => lstm.forward(new Tensor(new Float32Array(0), [0, 2, 2]))).toThrow(/has no time steps/);
    const wrong = randomTensor([1, 2, 2], createRng(0));
    expect(() => lstm.forward(randomTensor([3, 2, 2], createRng(0)), { initialState: [wrong, wrong] })).toThrow(/initialState\[0\] \(h0\) must be \[2,2,2\]/);
  });
});

/** Layer 0's trace computed by looping LSTMCell (through RNN) with the LSTM's layer-0 weights. */
function traceLayerZero(lstm: LSTM, x: Tensor, lengths: number[]): Record<string, Tensor>[] {
  const byName = lstm as unknown as Record<string, Parameter>;
  const cells = ['', '_reverse'].map((suffix) => {
    const cell = new LSTMCell(2, 3, { seed: 0 });
    cell.loadStateDict({
      weight_ih: byName[`weight_ih_l0${suffix}`].value, weight_hh: byName[`weight_hh_l0${suffix}`].value,
      bias_ih: byName[`bias_ih_l0${suffix}`].value, bias_hh: byName[`bias_hh_l0${suffix}`].value,
    });
    return cell;
  });
  const rnn = new RNN(cells[0], { bidirectional: true, reverseCell: cells[1], batchFirst: true });
  return (rnn.forward(x, { lengths, trace: true }).trace ?? []).map((entry) => entry.values);
}

function sumAll(...values: Variable[]): Variable {
  return sum(concat(values.map((value) => reshape(value, [-1])), 0));
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, label = ''): void {
  expect(actual.length, label).toBe(expected.length);
  for (let k = 0; k < expected.length; k++) expect(Math.abs(actual[k] - expected[k]), `${label} [${k}]`).toBeLessThan(1e-5);
}
