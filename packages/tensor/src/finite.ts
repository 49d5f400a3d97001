/**
 * NaN and Infinity diagnostics.
 */
import type { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';
import { unaryElementwise } from './unary-kernel.js';

const isFiniteValues = /* @__PURE__ */ unaryElementwise('isFinite', (x) => (x - x === 0 ? 1 : 0));

/**
 * True when no element is NaN or ±Infinity. Stops at the first one that is.
 *
 * @example
 * ```ts
 * allFinite(tensor([1, 2]))   // true
 * allFinite(tensor([1, NaN])) // false
 * ```
 */
export function allFinite(t: TensorLike): boolean {
  const data = toTensor('allFinite(t)', 't', t).data;
  for (let i = 0; i < data.length; i++) {
    // x - x is 0 for finite x and NaN for NaN and ±Infinity.
    if (data[i] - data[i] !== 0) return false;
  }
  return true;
}

/**
 * Elementwise 1 where the value is finite, 0 where it is NaN or ±Infinity.
 *
 * Shapes: the result has `t`'s shape.
 *
 * @example
 * ```ts
 * isFinite(tensor([1, NaN, -Infinity])).toArray() // [1, 0, 0]
 * ```
 */
export function isFinite(t: TensorLike): Tensor {
  return isFiniteValues(t);
}
