import { variable } from '@mnemo/autograd';
import { gradCheck } from '@mnemo/autograd/testing';
import { createRng, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { GRUCell } from './gru-cell.js';
import { randomTensor, withParameters } from './test-helpers.js';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('GRUCell', () => {
  it('has PyTorch nn.GRUCell names and shapes (gate order r, z, n)', () => {
    const cell = new GRUCell(3, 4, { seed: 0 });
    expect(cell.namedParameters().map(([name, p]) => `${name} ${p.shape.join('x')}`)).toEqual(['weight_ih 12x3', 'weight_hh 12x4', 'bias_ih 12', 'bias_hh 12']);
    expect(cell.stateShapes(2)).toEqual([[2, 4]]);
  });

  it('computes PyTorch equations on known values (H = 1), with r inside the candidate', () => {
    const cell = new GRUCell(1, 1, { seed: 0 });
    cell.weight_ih.data.set([1, -1, 0.5]);
    cell.weight_hh.data.set([0.5, 2, -1]);
    cell.bias_ih?.data.set([0, 0.1, 0.2]);
    cell.bias_hh?.data.set([0.3, 0, 0.4]);
    const x = 0.7, h = -0.4;
    const r = sigmoid(x + 0.5 * h + 0.3);
    const z = sigmoid(-x + 2 * h + 0.1);
    const n = Math.tanh(0.5 * x + 0.2 + r * (-1 * h + 0.4));
    const { output } = cell.step(variable(tensor([[x]])), [variable(tensor([[h]]))]);
    expect(output.item()).toBeCloseTo((1 - z) * n + z * h, 6);
  });

  it('passes gradCheck', () => {
    const rng = createRng(1);
    const cell = new GRUCell(3, 2, { seed: 2 });
    const parameters = cell.parameters();
    const result = gradCheck(withParameters(parameters, (x, h) => cell.step(x, [h]).output), [...parameters, randomTensor([2, 3], rng), randomTensor([2, 2], rng)]);
    expect(result.passed, result.message).toBe(true);
  });
});
