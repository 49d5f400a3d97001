import { concat, variable } from '@mnemo/autograd';
import { gradCheck } from '@mnemo/autograd/testing';
import { createRng } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { LSTMCell } from './lstm-cell.js';
import { PeepholeLSTMCell } from './peephole-lstm-cell.js';
import { randomTensor, withParameters } from './test-helpers.js';

describe('PeepholeLSTMCell', () => {
  it('has the LSTM parameters plus diagonal peepholes', () => {
    const cell = new PeepholeLSTMCell(3, 4, { seed: 0 });
    expect(cell.namedParameters().map(([name, p]) => `${name} ${p.shape.join('x')}`)).toEqual([
      'weight_ih 16x3', 'weight_hh 16x4', 'bias_ih 16', 'bias_hh 16', 'peephole_i 4', 'peephole_f 4', 'peephole_o 4',
    ]);
  });

  it('equals LSTMCell with zero peepholes, and differs with nonzero ones', () => {
    const rng = createRng(1);
    const peephole = new PeepholeLSTMCell(3, 2, { seed: 2 });
    const plain = new LSTMCell(3, 2, { seed: 2 });
    const x = variable(randomTensor([2, 3], rng));
    const state = [variable(randomTensor([2, 2], rng)), variable(randomTensor([2, 2], rng))];
    const withPeepholes = peephole.step(x, state).state[1].data.slice();
    for (const p of [peephole.peephole_i, peephole.peephole_f, peephole.peephole_o]) p.data.fill(0);
    const reference = plain.step(x, state);
    const zeroed = peephole.step(x, state);
    expect(Array.from(zeroed.output.data)).toEqual(Array.from(reference.output.data));
    expect(Array.from(withPeepholes)).not.toEqual(Array.from(reference.state[1].data));
  });

  it('passes gradCheck (the output gate sees c_t, the others c_{t-1})', () => {
    const rng = createRng(3);
    const cell = new PeepholeLSTMCell(2, 2, { seed: 4 });
    const parameters = cell.parameters();
    const run = withParameters(parameters, (x, h, c) => concat(cell.step(x, [h, c]).state, 1));
    const result = gradCheck(run, [...parameters, randomTensor([2, 2], rng), randomTensor([2, 2], rng), randomTensor([2, 2], rng)]);
    expect(result.passed, result.message).toBe(true);
  });
});
