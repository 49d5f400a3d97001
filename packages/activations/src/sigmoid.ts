/**
 * The logistic sigmoid, the LSTM's gate activation.
 */
import type { Variable } from '@mnemo/autograd';
import { ValueError, type Tensor } from '@mnemo/tensor';
import { activation, mapData } from './activation.js';

/**
 * Applies the sigmoid to `data[offset .. offset + length)` in place, with no
 * allocation: the kernel fused ops (the LSTM's gates) call on their buffers.
 * Stable for any input: 1/(1 + e^-x) for x ≥ 0 and e^x/(1 + e^x) otherwise,
 * so the exponential never overflows.
 *
 * @example
 * ```ts
 * const gates = new Float32Array([0, 20, -20, 2]);
 * sigmoidInPlace(gates, 1, 2); // gates is now [0, 1, 2.061e-9, 2]
 * ```
 */
export function sigmoidInPlace(data: Float32Array, offset = 0, length = data.length - offset): void {
  checkRange('sigmoidInPlace', data, offset, length);
  sigmoidInto(data, data, offset, offset + length);
}

function sigmoidInto(input: Float32Array, output: Float32Array, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const x = input[i];
    if (x >= 0) {
      output[i] = 1 / (1 + Math.exp(-x));
    } else {
      const e = Math.exp(x);
      output[i] = e / (1 + e);
    }
  }
}

/** Throws unless [offset, offset + length) is a valid range of `data`. */
export function checkRange(op: string, data: Float32Array, offset: number, length: number): void {
  if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || offset + length > data.length) {
    throw new ValueError(`${op}(data, offset, length): range [${offset}, ${offset + length}) does not fit data of length ${data.length}`);
  }
}

const sigmoidActivation = activation<undefined>({
  name: 'sigmoid',
  forward: (x) => mapData(x, (input, output) => sigmoidInto(input, output, 0, input.length)),
  // σ'(x) = σ(x)(1 − σ(x)): from the output, no second exponential.
  backward: (gradOutput, _x, y) =>
    mapData(y, (output, gradInput) => {
      const grad = gradOutput.data;
      for (let i = 0; i < output.length; i++) gradInput[i] = grad[i] * output[i] * (1 - output[i]);
    }),
});

/**
 * The logistic sigmoid, elementwise: σ(x) = e^x / (e^x + 1) = 1 / (1 + e^-x),
 * with values in (0, 1) (float32 rounds it to exactly 1 above x ≈ 17 and
 * to 0 below x ≈ −104). The LSTM's gate activation: the seed notes
 * (shared/seeds/000_1ba5c698d846141b.txt) define it as e^x/(e^x + 1), "converts
 * any value into a range between 0 and 1", the fraction of memory a gate lets
 * through. Never overflows: computed as 1/(1 + e^-x) for x ≥ 0 and
 * e^x/(1 + e^x) otherwise. Gradient σ(x)(1 − σ(x)), computed from the output.
 *
 * Shapes: any; the output has x's shape. A Tensor gives a Tensor, a Variable
 * a differentiable Variable.
 *
 * @example
 * ```ts
 * sigmoid(tensor([0, 2, -2])).toArray() // [0.5, 0.8808, 0.1192]
 * ```
 */
export function sigmoid(x: Tensor): Tensor;
export function sigmoid(x: Variable): Variable;
export function sigmoid(x: Tensor | Variable): Tensor | Variable;
export function sigmoid(x: Tensor | Variable): Tensor | Variable {
  return sigmoidActivation(x, undefined);
}
