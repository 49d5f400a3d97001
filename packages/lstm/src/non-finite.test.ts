import { variable } from '@mnemo/autograd';
import { MnemoError, Tensor, createRng } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { LSTM } from './lstm.js';
import { NonFiniteError } from './non-finite-error.js';
import { randomTensor } from './test-helpers.js';

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('LSTM never passes NaN or Infinity on silently', () => {
  it('names the layer, direction and first step when the input carries NaN', () => {
    const lstm = new LSTM({ inputSize: 2, hiddenSize: 3, numLayers: 2, bidirectional: true, seed: 0 });
    const x = randomTensor([5, 2, 2], createRng(1));
    x.data[(2 * 2 + 1) * 2] = Number.NaN; // step 2, sequence 1
    const error = catchError(() => lstm.forward(x));
    expect(NonFiniteError.isInstance(error)).toBe(true);
    expect(error).toBeInstanceOf(MnemoError);
    expect((error as NonFiniteError).location).toEqual({ layer: 0, direction: 'forward', step: 2, pass: 'forward' });
    expect((error as Error).message).toMatch(/LSTM layer 0 \(forward direction\).*time step 2 of 5\. The input at that step already contains NaN/);
    expect((error as Error).message).toMatch(/cellClip/);
  });

  it('ignores NaN in padded steps (they are never computed into the state)', () => {
    const lstm = new LSTM({ inputSize: 2, hiddenSize: 3, bidirectional: true, seed: 0 });
    const x = randomTensor([5, 2, 2], createRng(1));
    x.data[(4 * 2 + 1) * 2] = Number.NaN; // step 4 of sequence 1, which has length 3
    const { output, hidden } = lstm.forward(x, { lengths: [5, 3] });
    expect([...output.data, ...hidden[0].data, ...hidden[1].data].every(Number.isFinite)).toBe(true);
  });

  it('blames diverged weights when the input is finite', () => {
    const lstm = new LSTM({ inputSize: 2, hiddenSize: 3, seed: 0 });
    (lstm as unknown as Record<string, { data: Float32Array }>).weight_hh_l0.data[4] = Number.NaN;
    const x = new Tensor(new Float32Array(4 * 2 * 2).fill(0.5), [4, 2, 2]);
    const error = catchError(() => lstm.forward(x)) as NonFiniteError;
    expect(error.location.step).toBe(1); // step 0 reads h_0 = 0 and skips the recurrent product
    expect(error.message).toMatch(/weights \(weight_ih_l0, weight_hh_l0 or the biases\) contain NaN or Infinity/);
  });

  it('throws in backward when gradients explode through time, and passes on NaN that arrived from above', () => {
    const lstm = new LSTM({ inputSize: 1, hiddenSize: 4, seed: 0 });
    const byName = lstm as unknown as Record<string, { data: Float32Array }>;
    byName.weight_hh_l0.data.fill(3); // every gate leans on h: dh_{t-1} = dz W_hh grows step after step
    byName.weight_ih_l0.data.fill(0);
    byName.bias_ih_l0.data.fill(0);
    byName.bias_hh_l0.data.fill(0);
    const x = variable(new Tensor(new Float32Array(30 * 1), [30, 1, 1]), { requiresGrad: true });
    const { output } = lstm.forward(x);
    const error = catchError(() => output.backward(new Tensor(new Float32Array(30 * 4).fill(3e38), [30, 1, 4]))) as NonFiniteError;
    expect(NonFiniteError.isInstance(error)).toBe(true);
    expect(error.location.pass).toBe('backward');
    expect(error.message).toMatch(/exploding gradients/);

    const nan = lstm.forward(x).output;
    expect(() => nan.backward(new Tensor(new Float32Array(30 * 4).fill(Number.NaN), [30, 1, 4]))).not.toThrow();
  });
});
