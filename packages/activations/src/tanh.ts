/**
 * The hyperbolic tangent, the LSTM's value activation.
 */
import type { Variable } from '@mnemo/autograd';
import type { Tensor } from '@mnemo/tensor';
import { activation, mapData } from './activation.js';
import { checkRange } from './sigmoid.js';

/**
 * Applies tanh to `data[offset .. offset + length)` in place, with no
 * allocation: the kernel fused ops (the LSTM's candidate and cell output)
 * call on their buffers.
 *
 * @example
 * ```ts
 * const values = new Float32Array([0, 1, 50]);
 * tanhInPlace(values); // [0, 0.7616, 1]
 * ```
 */
export function tanhInPlace(data: Float32Array, offset = 0, length = data.length - offset): void {
  checkRange('tanhInPlace', data, offset, length);
  for (let i = offset, end = offset + length; i < end; i++) data[i] = Math.tanh(data[i]);
}

const tanhActivation = activation<undefined>({
  name: 'tanh',
  forward: (x) =>
    mapData(x, (input, output) => {
      for (let i = 0; i < input.length; i++) output[i] = Math.tanh(input[i]);
    }),
  // tanh'(x) = 1 − tanh²(x): from the output.
  backward: (gradOutput, _x, y) =>
    mapData(y, (output, gradInput) => {
      const grad = gradOutput.data;
      for (let i = 0; i < output.length; i++) gradInput[i] = grad[i] * (1 - output[i] * output[i]);
    }),
});

/**
 * The hyperbolic tangent, elementwise: tanh(x) = (e^x − e^-x) / (e^x + e^-x),
 * with values in (−1, 1) (float32 rounds to exactly ±1 beyond |x| ≈ 9). The
 * LSTM's value activation: the seed notes
 * (shared/seeds/000_1ba5c698d846141b.txt) define it so, "maps any value into
 * a range between -1 and 1"; it shapes the candidate memory and the output.
 * Computed with Math.tanh, exact at large |x| (no overflowing exponentials).
 * Gradient 1 − tanh²(x), from the output.
 *
 * Shapes: any; the output has x's shape. A Tensor gives a Tensor, a Variable
 * a differentiable Variable.
 *
 * @example
 * ```ts
 * tanh(tensor([0, 1, -1])).toArray() // [0, 0.7616, -0.7616]
 * ```
 */
export function tanh(x: Tensor): Tensor;
export function tanh(x: Variable): Variable;
export function tanh(x: Tensor | Variable): Tensor | Variable;
export function tanh(x: Tensor | Variable): Tensor | Variable {
  return tanhActivation(x, undefined);
}
