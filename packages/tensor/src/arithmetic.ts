/**
 * Elementwise arithmetic with NumPy broadcasting: add, sub, mul, div, pow,
 * maximum, minimum. Each computes in float64 per element and stores float32.
 */
import { binaryElementwise } from './binary-kernel.js';
import type { Tensor } from './tensor.js';
import type { TensorLike } from './tensor-like.js';

const addValues = /* @__PURE__ */ binaryElementwise('add', (x, y) => x + y);
const subValues = /* @__PURE__ */ binaryElementwise('sub', (x, y) => x - y);
const mulValues = /* @__PURE__ */ binaryElementwise('mul', (x, y) => x * y);
const divValues = /* @__PURE__ */ binaryElementwise('div', (x, y) => x / y);
const powValues = /* @__PURE__ */ binaryElementwise('pow', (x, y) => x ** y);
// Math.max/min propagate NaN, as NumPy's maximum/minimum do.
const maximumValues = /* @__PURE__ */ binaryElementwise('maximum', (x, y) => Math.max(x, y));
const minimumValues = /* @__PURE__ */ binaryElementwise('minimum', (x, y) => Math.min(x, y));

/**
 * Elementwise sum, broadcasting: `out = a + b`.
 *
 * Shapes: `a` and `b` broadcast to the result's shape (numbers are scalars).
 *
 * @example
 * ```ts
 * add(tensor([[1, 2], [3, 4]]), tensor([10, 20])).toArray() // [[11, 22], [13, 24]]
 * add(tensor([1, 2]), 1).toArray()                          // [2, 3]
 * ```
 */
export function add(a: TensorLike, b: TensorLike): Tensor {
  return addValues(a, b);
}

/**
 * Elementwise difference, broadcasting: `out = a - b`.
 *
 * Shapes: `a` and `b` broadcast to the result's shape.
 *
 * @example
 * ```ts
 * sub(tensor([5, 7]), 2).toArray() // [3, 5]
 * ```
 */
export function sub(a: TensorLike, b: TensorLike): Tensor {
  return subValues(a, b);
}

/**
 * Elementwise product, broadcasting: `out = a · b`.
 *
 * Shapes: `a` and `b` broadcast to the result's shape.
 *
 * @example
 * ```ts
 * mul(tensor([[1, 2], [3, 4]]), tensor([[10], [100]])).toArray() // [[10, 20], [300, 400]]
 * ```
 */
export function mul(a: TensorLike, b: TensorLike): Tensor {
  return mulValues(a, b);
}

/**
 * Elementwise quotient, broadcasting: `out = a / b` (IEEE: `1/0 = Infinity`, `0/0 = NaN`).
 *
 * Shapes: `a` and `b` broadcast to the result's shape.
 *
 * @example
 * ```ts
 * div(tensor([1, 2, 3]), 2).toArray() // [0.5, 1, 1.5]
 * ```
 */
export function div(a: TensorLike, b: TensorLike): Tensor {
  return divValues(a, b);
}

/**
 * Elementwise power, broadcasting: `out = a ** b` (a negative base with a
 * non-integer exponent gives NaN).
 *
 * Shapes: `a` and `b` broadcast to the result's shape.
 *
 * @example
 * ```ts
 * pow(tensor([1, 2, 3]), 2).toArray() // [1, 4, 9]
 * pow(2, tensor([0, 1, 2])).toArray() // [1, 2, 4]
 * ```
 */
export function pow(a: TensorLike, b: TensorLike): Tensor {
  return powValues(a, b);
}

/**
 * Elementwise larger value, broadcasting: `out = max(a, b)`; NaN if either is NaN.
 *
 * Shapes: `a` and `b` broadcast to the result's shape.
 *
 * @example
 * ```ts
 * maximum(tensor([-1, 0, 2]), 0).toArray() // [0, 0, 2]
 * ```
 */
export function maximum(a: TensorLike, b: TensorLike): Tensor {
  return maximumValues(a, b);
}

/**
 * Elementwise smaller value, broadcasting: `out = min(a, b)`; NaN if either is NaN.
 *
 * Shapes: `a` and `b` broadcast to the result's shape.
 *
 * @example
 * ```ts
 * minimum(tensor([-1, 0, 2]), 1).toArray() // [-1, 0, 1]
 * ```
 */
export function minimum(a: TensorLike, b: TensorLike): Tensor {
  return minimumValues(a, b);
}
