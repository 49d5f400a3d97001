/**
 * The Gaussian error linear unit.
 */
import type { Variable } from '@mnemo/autograd';
import { ValueError, type Tensor } from '@mnemo/tensor';
import { activation, mapData } from './activation.js';
import { erfc } from './erf.js';

/** Options for {@link gelu}. */
export interface GeluOptions {
  /** 'none' (default): the exact form x·Φ(x); 'tanh': the tanh approximation (PyTorch's `approximate='tanh'`). */
  approximate?: 'none' | 'tanh';
}

const INV_SQRT_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const CUBIC = 0.044715;

const exactGelu = activation<undefined>({
  name: 'gelu',
  // Φ(x) = erfc(−x/√2)/2: accurate in the left tail, where 1 + erf would cancel.
  forward: (x) =>
    mapData(x, (input, output) => {
      for (let i = 0; i < input.length; i++) output[i] = 0.5 * input[i] * erfc(-input[i] * INV_SQRT_2);
    }),
  // d/dx x·Φ(x) = Φ(x) + x·φ(x).
  backward: (gradOutput, x) =>
    mapData(x, (input, gradInput) => {
      const grad = gradOutput.data;
      for (let i = 0; i < input.length; i++) {
        const value = input[i];
        const density = INV_SQRT_2PI * Math.exp(-0.5 * value * value);
        gradInput[i] = grad[i] * (0.5 * erfc(-value * INV_SQRT_2) + value * density);
      }
    }),
});

const tanhGelu = activation<undefined>({
  name: 'gelu(tanh)',
  forward: (x) =>
    mapData(x, (input, output) => {
      for (let i = 0; i < input.length; i++) {
        const value = input[i];
        output[i] = 0.5 * value * (1 + Math.tanh(SQRT_2_OVER_PI * (value + CUBIC * value * value * value)));
      }
    }),
  // d/dx ½x(1 + tanh u) = ½(1 + tanh u) + ½x(1 − tanh² u)·u', with u = √(2/π)(x + 0.044715x³).
  backward: (gradOutput, x) =>
    mapData(x, (input, gradInput) => {
      const grad = gradOutput.data;
      for (let i = 0; i < input.length; i++) {
        const value = input[i];
        const t = Math.tanh(SQRT_2_OVER_PI * (value + CUBIC * value * value * value));
        const slope = SQRT_2_OVER_PI * (1 + 3 * CUBIC * value * value);
        gradInput[i] = grad[i] * (0.5 * (1 + t) + 0.5 * value * (1 - t * t) * slope);
      }
    }),
});

/**
 * The Gaussian error linear unit, elementwise: gelu(x) = x·Φ(x) with Φ the
 * standard normal CDF, Φ(x) = (1 + erf(x/√2))/2; range [−0.17, ∞). The exact
 * erf form is the default (erf to float32 precision, relative error < 1.2e-7);
 * `{ approximate: 'tanh' }` gives ½x(1 + tanh(√(2/π)(x + 0.044715x³))), as
 * PyTorch's `approximate='tanh'`. Gradient Φ(x) + x·φ(x) (or the tanh form's own).
 *
 * Shapes: any; the output has x's shape. A Tensor gives a Tensor, a Variable
 * a differentiable Variable.
 *
 * @example
 * ```ts
 * gelu(tensor([-1, 0, 1])).toArray()                          // [-0.1587, 0, 0.8413]
 * gelu(tensor([-1, 0, 1]), { approximate: 'tanh' }).toArray() // [-0.1588, 0, 0.8412]
 * ```
 */
export function gelu(x: Tensor, options?: GeluOptions): Tensor;
export function gelu(x: Variable, options?: GeluOptions): Variable;
export function gelu(x: Tensor | Variable, options?: GeluOptions): Tensor | Variable;
export function gelu(x: Tensor | Variable, options: GeluOptions = {}): Tensor | Variable {
  const { approximate = 'none' } = options;
  if (approximate === 'none') return exactGelu(x, undefined);
  if (approximate === 'tanh') return tanhGelu(x, undefined);
  throw new ValueError(`gelu(x, options): approximate must be 'none' or 'tanh', got ${String(approximate)}`);
}
