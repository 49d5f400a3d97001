/**
 * Softplus, a smooth relu.
 */
import type { Variable } from '@mnemo/autograd';
import { ValueError, type Tensor } from '@mnemo/tensor';
import { activation, checkFinite, mapData } from './activation.js';

interface SoftplusOptions {
  beta: number;
  threshold: number;
}

const softplusActivation = activation<SoftplusOptions>({
  name: 'softplus',
  forward: (x, { beta, threshold }) =>
    mapData(x, (input, output) => {
      for (let i = 0; i < input.length; i++) {
        const scaled = beta * input[i];
        // log(1 + e^z) = max(z, 0) + log1p(e^-|z|): no overflow for any z.
        output[i] = scaled > threshold ? input[i] : (Math.max(scaled, 0) + Math.log1p(Math.exp(-Math.abs(scaled)))) / beta;
      }
    }),
  // d/dx log(1 + e^βx)/β = σ(βx), the stable sigmoid; 1 where the output is linear.
  backward: (gradOutput, x, _y, { beta, threshold }) =>
    mapData(x, (input, gradInput) => {
      const grad = gradOutput.data;
      for (let i = 0; i < input.length; i++) {
        const scaled = beta * input[i];
        if (scaled > threshold) gradInput[i] = grad[i];
        else if (scaled >= 0) gradInput[i] = grad[i] / (1 + Math.exp(-scaled));
        else gradInput[i] = (grad[i] * Math.exp(scaled)) / (1 + Math.exp(scaled));
      }
    }),
});

/**
 * Softplus, elementwise: softplus(x) = log(1 + e^(βx)) / β, a smooth relu with
 * range (0, ∞); as PyTorch's `nn.Softplus`, it returns x itself where
 * βx > threshold (there the two agree to float precision). Computed as
 * (max(βx, 0) + log1p(e^-|βx|)) / β, so it never overflows. Gradient σ(βx).
 *
 * Shapes: any; the output has x's shape. A Tensor gives a Tensor, a Variable
 * a differentiable Variable.
 *
 * @param beta sharpness, a finite positive number; default 1.
 * @param threshold βx above which the output is x; default 20.
 * @example
 * ```ts
 * softplus(tensor([-1, 0, 1, 30])).toArray() // [0.3133, 0.6931, 1.3133, 30]
 * ```
 */
export function softplus(x: Tensor, beta?: number, threshold?: number): Tensor;
export function softplus(x: Variable, beta?: number, threshold?: number): Variable;
export function softplus(x: Tensor | Variable, beta?: number, threshold?: number): Tensor | Variable;
export function softplus(x: Tensor | Variable, beta = 1, threshold = 20): Tensor | Variable {
  checkFinite('softplus(x, beta, threshold)', 'beta', beta);
  checkFinite('softplus(x, beta, threshold)', 'threshold', threshold);
  if (beta <= 0) throw new ValueError(`softplus(x, beta, threshold): beta must be positive, got ${beta}`);
  return softplusActivation(x, { beta, threshold });
}
