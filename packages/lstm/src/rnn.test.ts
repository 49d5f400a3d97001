import { concat, reshape, variable } from '@mnemo/autograd';
import { gradCheck } from '@mnemo/autograd/testing';
import { ShapeError, ValueError, createRng, slice } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { GRUCell } from './gru-cell.js';
import { LSTMCell } from './lstm-cell.js';
import { RNN } from './rnn.js';
import { randomTensor, withParameters } from './test-helpers.js';

describe('RNN', () => {
  it('runs a cell over a sequence: output [T, B, D*out], each state stacked [D, B, H]', () => {
    const rnn = new RNN(new LSTMCell(3, 4, { seed: 0 }), { bidirectional: true, reverseCell: new LSTMCell(3, 4, { seed: 1 }) });
    const { output, hidden } = rnn.forward(randomTensor([5, 2, 3], createRng(0)));
    expect(output.shape).toEqual([5, 2, 8]);
    expect(hidden.map((state) => state.shape)).toEqual([[2, 2, 4], [2, 2, 4]]);
    expect(rnn.namedParameters().map(([name]) => name)).toEqual([
      'cell.weight_ih', 'cell.weight_hh', 'cell.bias_ih', 'cell.bias_hh',
      'reverseCell.weight_ih', 'reverseCell.weight_hh', 'reverseCell.bias_ih', 'reverseCell.bias_hh',
    ]);
  });

  it('keeps the state over padded steps and starts the reverse direction at each sequence end', () => {
    const cell = new GRUCell(2, 3, { seed: 2 });
    const reverse = new GRUCell(2, 3, { seed: 3 });
    const rnn = new RNN(cell, { bidirectional: true, reverseCell: reverse, batchFirst: true });
    const x = randomTensor([2, 4, 2], createRng(1));
    const { output, hidden: [h] } = rnn.forward(x, { lengths: [4, 2] });
    const alone = rnn.forward(slice(x, [1, 0, 0], [1, 2, 2]));
    for (let direction = 0; direction < 2; direction++) {
      const batched = h.data.subarray((direction * 2 + 1) * 3, (direction * 2 + 2) * 3);
      const single = alone.hidden[0].data.subarray(direction * 3, (direction + 1) * 3);
      batched.forEach((value, k) => expect(value).toBeCloseTo(single[k], 6));
    }
    expect(Array.from(output.data.subarray((1 * 4 + 2) * 6, 2 * 4 * 6)).every((value) => value === 0)).toBe(true);
  });

  it('passes gradCheck over a bidirectional GRU with ragged lengths and an initial state', () => {
    const rng = createRng(4);
    const rnn = new RNN(new GRUCell(2, 2, { seed: 5 }), { bidirectional: true, reverseCell: new GRUCell(2, 2, { seed: 6 }) });
    const parameters = rnn.parameters();
    const run = withParameters(parameters, (x, h0) => {
      const { output, hidden } = rnn.forward(x, { lengths: [3, 1], initialState: [h0] });
      return concat([reshape(output, [-1]), reshape(hidden[0], [-1])], 0);
    });
    const result = gradCheck(run, [...parameters, randomTensor([3, 2, 2], rng), randomTensor([2, 2, 2], rng)]);
    expect(result.passed, result.message).toBe(true);
  });

  it('stacks the cell trace over time, zero at padded steps', () => {
    const rnn = new RNN(new GRUCell(2, 3, { seed: 7 }));
    const { trace, output } = rnn.forward(randomTensor([3, 2, 2], createRng(8)), { lengths: [3, 2], trace: true });
    expect(Object.keys(trace?.[0].values ?? {})).toEqual(['r', 'z', 'n', 'h']);
    expect(trace?.[0].direction).toBe('forward');
    expect(trace?.[0].values.z.shape).toEqual([3, 2, 3]);
    expect(Array.from(trace?.[0].values.h.data ?? [])).toEqual(Array.from(output.data));
    expect(Array.from(trace?.[0].values.r.data.subarray(15, 18) ?? [])).toEqual([0, 0, 0]);
  });

  it('validates its cells, input and initial state', () => {
    const cell = new LSTMCell(2, 3, { seed: 0 });
    expect(() => new RNN(cell, { bidirectional: true })).toThrow(/reverseCell/);
    expect(() => new RNN(cell, { bidirectional: true, reverseCell: new LSTMCell(2, 4, { seed: 1 }) })).toThrow(/sizes/);
    expect(() => new RNN({} as never)).toThrow(ValueError);
    const rnn = new RNN(cell);
    expect(() => rnn.forward(randomTensor([3, 2, 5], createRng(0)))).toThrow(ShapeError);
    expect(() => rnn.forward(randomTensor([3, 2, 2], createRng(0)), { initialState: [variable(randomTensor([1, 2, 3], createRng(0)))] })).toThrow(/2 tensors/);
    expect(() => rnn.forward(randomTensor([3, 2, 2], createRng(0)), { lengths: [3, 4] })).toThrow(/lengths\[1\] is 4/);
  });
});
