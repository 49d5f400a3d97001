/**
 * Elementwise unary math: neg, exp, log, sqrt, abs, sign, square, reciprocal.
 * Each maps every element through a scalar function, in float64, stored as float32.
 */
import type { Tensor } from './tensor.js';
import type { TensorLike } from './tensor-like.js';
import { unaryElementwise } from './unary-kernel.js';

const negValues = /* @__PURE__ */ unaryElementwise('neg', (x) => -x);
const expValues = /* @__PURE__ */ unaryElementwise('exp', (x) => Math.exp(x));
const logValues = /* @__PURE__ */ unaryElementwise('log', (x) => Math.log(x));
const sqrtValues = /* @__PURE__ */ unaryElementwise('sqrt', (x) => Math.sqrt(x));
const absValues = /* @__PURE__ */ unaryElementwise('abs', (x) => Math.abs(x));
const signValues = /* @__PURE__ */ unaryElementwise('sign', (x) => Math.sign(x));
const squareValues = /* @__PURE__ */ unaryElementwise('square', (x) => x * x);
const reciprocalValues = /* @__PURE__ */ unaryElementwise('reciprocal', (x) => 1 / x);

/**
 * Elementwise negation: `out = -t`.
 *
 * Shapes: the result has `t`'s shape (as for every unary op).
 *
 * @example
 * ```ts
 * neg(tensor([1, -2])).toArray() // [-1, 2]
 * ```
 */
export function neg(t: TensorLike): Tensor {
  return negValues(t);
}

/**
 * Elementwise exponential: `out = eᵗ` (overflows to Infinity above ~88.7 in float32).
 *
 * Shapes: the result has `t`'s shape.
 *
 * @example
 * ```ts
 * exp(tensor([0, 1])).toArray() // [1, 2.7182817]
 * ```
 */
export function exp(t: TensorLike): Tensor {
  return expValues(t);
}

/**
 * Elementwise natural logarithm: `out = ln t` (`ln 0 = -Infinity`, negative -> NaN).
 *
 * Shapes: the result has `t`'s shape.
 *
 * @example
 * ```ts
 * log(tensor([1, Math.E])).toArray() // [0, 1]
 * ```
 */
export function log(t: TensorLike): Tensor {
  return logValues(t);
}

/**
 * Elementwise square root: `out = √t` (negative -> NaN).
 *
 * Shapes: the result has `t`'s shape.
 *
 * @example
 * ```ts
 * sqrt(tensor([4, 9])).toArray() // [2, 3]
 * ```
 */
export function sqrt(t: TensorLike): Tensor {
  return sqrtValues(t);
}

/**
 * Elementwise absolute value: `out = |t|`.
 *
 * Shapes: the result has `t`'s shape.
 *
 * @example
 * ```ts
 * abs(tensor([-3, 2])).toArray() // [3, 2]
 * ```
 */
export function abs(t: TensorLike): Tensor {
  return absValues(t);
}

/**
 * Elementwise sign: -1, 0 or 1 (NaN stays NaN).
 *
 * Shapes: the result has `t`'s shape.
 *
 * @example
 * ```ts
 * sign(tensor([-3, 0, 2])).toArray() // [-1, 0, 1]
 * ```
 */
export function sign(t: TensorLike): Tensor {
  return signValues(t);
}

/**
 * Elementwise square: `out = t²`.
 *
 * Shapes: the result has `t`'s shape.
 *
 * @example
 * ```ts
 * square(tensor([-3, 2])).toArray() // [9, 4]
 * ```
 */
export function square(t: TensorLike): Tensor {
  return squareValues(t);
}

/**
 * Elementwise reciprocal: `out = 1 / t` (`1/0 = Infinity`).
 *
 * Shapes: the result has `t`'s shape.
 *
 * @example
 * ```ts
 * reciprocal(tensor([2, 4])).toArray() // [0.5, 0.25]
 * ```
 */
export function reciprocal(t: TensorLike): Tensor {
  return reciprocalValues(t);
}
