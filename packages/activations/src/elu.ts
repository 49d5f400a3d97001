/**
 * The exponential linear unit.
 */
import type { Variable } from '@mnemo/autograd';
import type { Tensor } from '@mnemo/tensor';
import { activation, checkFinite, mapData } from './activation.js';

const eluActivation = activation<{ alpha: number }>({
  name: 'elu',
  forward: (x, { alpha }) =>
    mapData(x, (input, output) => {
      for (let i = 0; i < input.length; i++) output[i] = input[i] > 0 ? input[i] : alpha * Math.expm1(input[i]);
    }),
  // For x ≤ 0, d/dx α(e^x − 1) = α·e^x; computed from x (y + α would lose digits near y ≈ −α).
  backward: (gradOutput, x, _y, { alpha }) =>
    mapData(x, (input, gradInput) => {
      const grad = gradOutput.data;
      for (let i = 0; i < input.length; i++) gradInput[i] = input[i] > 0 ? grad[i] : grad[i] * alpha * Math.exp(input[i]);
    }),
});

/**
 * The exponential linear unit, elementwise: x for x > 0, α(e^x − 1)
 * otherwise (computed with expm1, exact near 0); range (−α, ∞) for α > 0.
 * Gradient 1 for x > 0, α·e^x for x ≤ 0.
 *
 * Shapes: any; the output has x's shape. A Tensor gives a Tensor, a Variable
 * a differentiable Variable.
 *
 * @param alpha the saturation value for negative inputs, a finite number; default 1.
 * @example
 * ```ts
 * elu(tensor([-1, 0, 2])).toArray() // [-0.6321, 0, 2]
 * ```
 */
export function elu(x: Tensor, alpha?: number): Tensor;
export function elu(x: Variable, alpha?: number): Variable;
export function elu(x: Tensor | Variable, alpha?: number): Tensor | Variable;
export function elu(x: Tensor | Variable, alpha = 1): Tensor | Variable {
  checkFinite('elu(x, alpha)', 'alpha', alpha);
  return eluActivation(x, { alpha });
}
