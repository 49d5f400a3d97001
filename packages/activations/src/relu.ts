/**
 * The rectified linear unit and its leaky variant.
 */
import type { Variable } from '@mnemo/autograd';
import type { Tensor } from '@mnemo/tensor';
import { activation, checkFinite, mapData } from './activation.js';

const leakyReluActivation = activation<{ slope: number }>({
  name: 'leakyRelu',
  forward: (x, { slope }) =>
    mapData(x, (input, output) => {
      for (let i = 0; i < input.length; i++) output[i] = input[i] > 0 ? input[i] : slope * input[i];
    }),
  // Gradient at exactly 0: slope (PyTorch's convention).
  backward: (gradOutput, x, _y, { slope }) =>
    mapData(x, (input, gradInput) => {
      const grad = gradOutput.data;
      for (let i = 0; i < input.length; i++) gradInput[i] = input[i] > 0 ? grad[i] : slope * grad[i];
    }),
});

const reluActivation = activation<undefined>({
  name: 'relu',
  forward: (x) =>
    mapData(x, (input, output) => {
      for (let i = 0; i < input.length; i++) output[i] = input[i] > 0 ? input[i] : 0;
    }),
  backward: (gradOutput, x) =>
    mapData(x, (input, gradInput) => {
      const grad = gradOutput.data;
      for (let i = 0; i < input.length; i++) gradInput[i] = input[i] > 0 ? grad[i] : 0;
    }),
});

/**
 * The rectified linear unit, elementwise: relu(x) = max(x, 0), range [0, ∞) (+0 for
 * every x ≤ 0).
 * Gradient 1 for x > 0 and 0 for x ≤ 0 (0 at the kink, as PyTorch).
 *
 * Shapes: any; the output has x's shape. A Tensor gives a Tensor, a Variable
 * a differentiable Variable.
 *
 * @example
 * ```ts
 * relu(tensor([-1, 0, 2])).toArray() // [0, 0, 2]
 * ```
 */
export function relu(x: Tensor): Tensor;
export function relu(x: Variable): Variable;
export function relu(x: Tensor | Variable): Tensor | Variable;
export function relu(x: Tensor | Variable): Tensor | Variable {
  return reluActivation(x, undefined);
}

/**
 * The leaky rectified linear unit, elementwise: x for x > 0, slope·x
 * otherwise; range (−∞, ∞) for slope > 0. Gradient 1 for x > 0, slope for
 * x ≤ 0.
 *
 * Shapes: any; the output has x's shape. A Tensor gives a Tensor, a Variable
 * a differentiable Variable.
 *
 * @param slope the slope for negative inputs, a finite number; default 0.01 (PyTorch's).
 * @example
 * ```ts
 * leakyRelu(tensor([-10, 0, 2])).toArray()     // [-0.1, 0, 2]
 * leakyRelu(tensor([-10, 2]), 0.2).toArray()   // [-2, 2]
 * ```
 */
export function leakyRelu(x: Tensor, slope?: number): Tensor;
export function leakyRelu(x: Variable, slope?: number): Variable;
export function leakyRelu(x: Tensor | Variable, slope?: number): Tensor | Variable;
export function leakyRelu(x: Tensor | Variable, slope = 0.01): Tensor | Variable {
  checkFinite('leakyRelu(x, slope)', 'slope', slope);
  return leakyReluActivation(x, { slope });
}
