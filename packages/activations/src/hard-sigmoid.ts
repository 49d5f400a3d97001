/**
 * The hard sigmoid, a piecewise-linear sigmoid.
 */
import type { Variable } from '@mnemo/autograd';
import type { Tensor } from '@mnemo/tensor';
import { activation, mapData } from './activation.js';

const hardSigmoidActivation = activation<undefined>({
  name: 'hardSigmoid',
  forward: (x) =>
    mapData(x, (input, output) => {
      for (let i = 0; i < input.length; i++) output[i] = Math.min(Math.max(input[i] + 3, 0), 6) / 6;
    }),
  // 1/6 strictly inside (−3, 3), 0 outside and at the two kinks (PyTorch's convention).
  backward: (gradOutput, x) =>
    mapData(x, (input, gradInput) => {
      const grad = gradOutput.data;
      for (let i = 0; i < input.length; i++) gradInput[i] = input[i] > -3 && input[i] < 3 ? grad[i] / 6 : 0;
    }),
});

/**
 * The hard sigmoid, elementwise: relu6(x + 3) / 6 = min(max(x + 3, 0), 6) / 6,
 * range [0, 1]; 0 for x ≤ −3, 1 for x ≥ 3, linear between. This is
 * PyTorch's `nn.Hardsigmoid` definition (Keras' older hard_sigmoid uses slope
 * 0.2 instead of 1/6). Gradient 1/6 for −3 < x < 3, else 0.
 *
 * Shapes: any; the output has x's shape. A Tensor gives a Tensor, a Variable
 * a differentiable Variable.
 *
 * @example
 * ```ts
 * hardSigmoid(tensor([-4, 0, 1.5, 4])).toArray() // [0, 0.5, 0.75, 1]
 * ```
 */
export function hardSigmoid(x: Tensor): Tensor;
export function hardSigmoid(x: Variable): Variable;
export function hardSigmoid(x: Tensor | Variable): Tensor | Variable;
export function hardSigmoid(x: Tensor | Variable): Tensor | Variable {
  return hardSigmoidActivation(x, undefined);
}
