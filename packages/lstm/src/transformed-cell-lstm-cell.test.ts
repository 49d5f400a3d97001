import { concat, variable } from '@mnemo/autograd';
import { gradCheck } from '@mnemo/autograd/testing';
import { createRng } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { LSTMCell } from './lstm-cell.js';
import { RNN } from './rnn.js';
import { randomTensor, withParameters } from './test-helpers.js';
import { TransformedCellLSTMCell } from './transformed-cell-lstm-cell.js';

describe('TransformedCellLSTMCell', () => {
  it('adds weight_co [H, H] and bias_co [H] to the LSTM parameters', () => {
    const cell = new TransformedCellLSTMCell(3, 4, { seed: 0 });
    expect(cell.namedParameters().map(([name, p]) => `${name} ${p.shape.join('x')}`)).toEqual([
      'weight_ih 16x3', 'weight_hh 16x4', 'bias_ih 16', 'bias_hh 16', 'weight_co 4x4', 'bias_co 4',
    ]);
  });

  it('equals LSTMCell when W_co = I and b_co = 0 (h = o ⊙ tanh(c)), and differs otherwise', () => {
    const rng = createRng(1);
    const variant = new TransformedCellLSTMCell(3, 2, { seed: 2 });
    const plain = new LSTMCell(3, 2, { seed: 2 });
    const x = variable(randomTensor([2, 3], rng));
    const state = [variable(randomTensor([2, 2], rng)), variable(randomTensor([2, 2], rng))];
    expect(Array.from(variant.step(x, state).output.data)).not.toEqual(Array.from(plain.step(x, state).output.data));
    variant.weight_co.data.set([1, 0, 0, 1]);
    variant.bias_co?.data.fill(0);
    expect(Array.from(variant.step(x, state).output.data)).toEqual(Array.from(plain.step(x, state).output.data));
  });

  it('passes gradCheck, alone and run over a sequence by RNN', () => {
    const rng = createRng(3);
    const cell = new TransformedCellLSTMCell(2, 2, { seed: 4 });
    const parameters = cell.parameters();
    const step = withParameters(parameters, (x, h, c) => concat(cell.step(x, [h, c]).state, 1));
    const stepResult = gradCheck(step, [...parameters, randomTensor([2, 2], rng), randomTensor([2, 2], rng), randomTensor([2, 2], rng)]);
    expect(stepResult.passed, stepResult.message).toBe(true);
    const rnn = new RNN(cell);
    const sequence = withParameters(parameters, (x) => rnn.forward(x, { lengths: [3, 2] }).output);
    const sequenceResult = gradCheck(sequence, [...parameters, randomTensor([3, 2, 2], rng)]);
    expect(sequenceResult.passed, sequenceResult.message).toBe(true);
  });
});
