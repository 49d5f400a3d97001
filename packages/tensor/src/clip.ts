/**
 * Clamping values into a range.
 */
import { ValueError } from './errors.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/**
 * Clamps every element into `[min, max]`: `out = Math.min(Math.max(t, min), max)`;
 * NaN stays NaN. Use `-Infinity` or `Infinity` for a one-sided bound.
 *
 * Shapes: the result has `t`'s shape. Throws ValueError if `min > max` or a bound is NaN.
 *
 * @example
 * ```ts
 * clip(tensor([-2, 0.5, 3]), 0, 1).toArray() // [0, 0.5, 1]
 * ```
 */
export function clip(t: TensorLike, min: number, max: number): Tensor {
  const label = 'clip(t, min, max)';
  const input = toTensor(label, 't', t);
  if (typeof min !== 'number' || typeof max !== 'number' || Number.isNaN(min) || Number.isNaN(max)) {
    throw new ValueError(`${label}: min and max must be numbers, got min=${String(min)}, max=${String(max)}`);
  }
  if (min > max) throw new ValueError(`${label}: min ${min} is greater than max ${max}`);
  const source = input.data;
  const out = new Float32Array(source.length);
  for (let i = 0; i < out.length; i++) {
    const value = source[i];
    out[i] = value < min ? min : value > max ? max : value;
  }
  return new Tensor(out, input.shape);
}
