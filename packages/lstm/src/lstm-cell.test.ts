import { concat, variable } from '@mnemo/autograd';
import { gradCheck } from '@mnemo/autograd/testing';
import { ValueError, createRng, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { LSTMCell } from './lstm-cell.js';
import { randomTensor, withParameters } from './test-helpers.js';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('LSTMCell', () => {
  it('has PyTorch parameter names, shapes and U(-1/√H, 1/√H) initialization', () => {
    const cell = new LSTMCell(3, 4, { seed: 0 });
    expect(cell.namedParameters().map(([name, p]) => [name, p.shape])).toEqual([
      ['weight_ih', [16, 3]], ['weight_hh', [16, 4]], ['bias_ih', [16]], ['bias_hh', [16]],
    ]);
    for (const parameter of cell.parameters()) {
      expect(Math.max(...parameter.data.map(Math.abs))).toBeLessThanOrEqual(0.5);
    }
    expect(new LSTMCell(3, 4, { seed: 0 }).weight_ih.data).toEqual(cell.weight_ih.data);
    expect(new LSTMCell(3, 4, { seed: 1 }).weight_ih.data).not.toEqual(cell.weight_ih.data);
    expect(new LSTMCell(3, 4, { seed: 0, bias: false }).namedParameters().map(([name]) => name)).toEqual(['weight_ih', 'weight_hh']);
  });

  it('computes the standard equations on known values (H = 1)', () => {
    const cell = new LSTMCell(1, 1, { seed: 0 });
    cell.weight_ih.data.set([0.5, -1, 2, 1]); // i, f, g, o
    cell.weight_hh.data.set([0.25, 0.5, -0.5, 1]);
    cell.bias_ih?.data.set([0, 1, 0, 0]);
    cell.bias_hh?.data.set([0.1, 0, 0, -0.1]);
    const x = 2, h = 0.5, c = -1;
    const { output, state, trace } = cell.step(variable(tensor([[x]])), [variable(tensor([[h]])), variable(tensor([[c]]))]);
    const i = sigmoid(0.5 * x + 0.25 * h + 0.1);
    const f = sigmoid(-1 * x + 0.5 * h + 1);
    const g = Math.tanh(2 * x - 0.5 * h);
    const o = sigmoid(x + h - 0.1);
    const cNext = f * c + i * g;
    expect(state[1].item()).toBeCloseTo(cNext, 6);
    expect(output.item()).toBeCloseTo(o * Math.tanh(cNext), 6);
    expect(trace?.f.item()).toBeCloseTo(f, 6);
    expect(state[0]).toBe(output);
  });

  it('adds forgetBias to the forget-gate slice of bias_ih only', () => {
    const plain = new LSTMCell(2, 3, { seed: 5 });
    const biased = new LSTMCell(2, 3, { seed: 5, forgetBias: 1 });
    const difference = Array.from(biased.bias_ih?.data ?? [], (value, k) => value - (plain.bias_ih?.data[k] ?? 0));
    expect(difference.map((d) => Math.round(d * 1e5) / 1e5)).toEqual([0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(biased.bias_hh?.data).toEqual(plain.bias_hh?.data);
  });

  it('passes gradCheck for inputs, state and every parameter (through both h and c)', () => {
    const rng = createRng(3);
    const cell = new LSTMCell(3, 2, { seed: 1 });
    const parameters = cell.parameters();
    const run = withParameters(parameters, (x, h, c) => concat(cell.step(x, [h, c]).state, 1));
    const result = gradCheck(run, [...parameters, randomTensor([2, 3], rng), randomTensor([2, 2], rng), randomTensor([2, 2], rng)]);
    expect(result.passed, result.message).toBe(true);
    expect(result.checked).toBe(8 * 3 + 8 * 2 + 8 + 8 + 6 + 4 + 4); // every element of every input
  });

  it('validates its sizes and random source', () => {
    expect(() => new LSTMCell(0, 2, { seed: 0 })).toThrow(ValueError);
    expect(() => new LSTMCell(2, 2.5, { seed: 0 })).toThrow(/hiddenSize must be a positive integer/);
    expect(() => new LSTMCell(2, 2, {})).toThrow(/seed/);
  });
});

