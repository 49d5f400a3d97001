/**
 * Elementwise comparisons with broadcasting. Each returns a float32 tensor of
 * 0 (false) and 1 (true); comparisons with NaN are false, except `notEqual`.
 */
import { binaryElementwise } from './binary-kernel.js';
import type { Tensor } from './tensor.js';
import type { TensorLike } from './tensor-like.js';

const equalValues = /* @__PURE__ */ binaryElementwise('equal', (x, y) => (x === y ? 1 : 0));
const notEqualValues = /* @__PURE__ */ binaryElementwise('notEqual', (x, y) => (x !== y ? 1 : 0));
const greaterValues = /* @__PURE__ */ binaryElementwise('greater', (x, y) => (x > y ? 1 : 0));
const greaterEqualValues = /* @__PURE__ */ binaryElementwise('greaterEqual', (x, y) => (x >= y ? 1 : 0));
const lessValues = /* @__PURE__ */ binaryElementwise('less', (x, y) => (x < y ? 1 : 0));
const lessEqualValues = /* @__PURE__ */ binaryElementwise('lessEqual', (x, y) => (x <= y ? 1 : 0));

/**
 * Elementwise `a == b` as 0/1, broadcasting.
 *
 * Shapes: `a` and `b` broadcast to the result's shape.
 *
 * @example
 * ```ts
 * equal(tensor([1, 2, 3]), 2).toArray() // [0, 1, 0]
 * ```
 */
export function equal(a: TensorLike, b: TensorLike): Tensor {
  return equalValues(a, b);
}

/**
 * Elementwise `a != b` as 0/1, broadcasting (true when either is NaN).
 *
 * Shapes: `a` and `b` broadcast to the result's shape.
 *
 * @example
 * ```ts
 * notEqual(tensor([1, 2, 3]), 2).toArray() // [1, 0, 1]
 * ```
 */
export function notEqual(a: TensorLike, b: TensorLike): Tensor {
  return notEqualValues(a, b);
}

/**
 * Elementwise `a > b` as 0/1, broadcasting.
 *
 * Shapes: `a` and `b` broadcast to the result's shape.
 *
 * @example
 * ```ts
 * greater(tensor([1, 2, 3]), 2).toArray() // [0, 0, 1]
 * ```
 */
export function greater(a: TensorLike, b: TensorLike): Tensor {
  return greaterValues(a, b);
}

/**
 * Elementwise `a >= b` as 0/1, broadcasting.
 *
 * Shapes: `a` and `b` broadcast to the result's shape.
 *
 * @example
 * ```ts
 * greaterEqual(tensor([1, 2, 3]), 2).toArray() // [0, 1, 1]
 * ```
 */
export function greaterEqual(a: TensorLike, b: TensorLike): Tensor {
  return greaterEqualValues(a, b);
}

/**
 * Elementwise `a < b` as 0/1, broadcasting.
 *
 * Shapes: `a` and `b` broadcast to the result's shape.
 *
 * @example
 * ```ts
 * less(tensor([1, 2, 3]), 2).toArray() // [1, 0, 0]
 * ```
 */
export function less(a: TensorLike, b: TensorLike): Tensor {
  return lessValues(a, b);
}

/**
 * Elementwise `a <= b` as 0/1, broadcasting.
 *
 * Shapes: `a` and `b` broadcast to the result's shape.
 *
 * @example
 * ```ts
 * lessEqual(tensor([1, 2, 3]), 2).toArray() // [1, 1, 0]
 * ```
 */
export function lessEqual(a: TensorLike, b: TensorLike): Tensor {
  return lessEqualValues(a, b);
}
