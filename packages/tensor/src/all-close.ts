/**
 * Approximate equality of tensors, for tests and checks.
 */
import { broadcastShapes, broadcastTo } from './broadcast.js';
import { ValueError } from './errors.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/** Tolerances for {@link allClose}. */
export interface AllCloseOptions {
  /** Relative tolerance, scaled by `|b|`. Default 1e-5. */
  rtol?: number;
  /** Absolute tolerance. Default 1e-6. */
  atol?: number;
  /** Whether NaN equals NaN. Default false. */
  equalNaN?: boolean;
}

/**
 * True when every pair of elements is close: `|a - b| <= atol + rtol · |b|`
 * (NumPy `allclose`), after broadcasting. Equal infinities are close; NaN is
 * close to NaN only with `equalNaN`.
 *
 * Shapes: `a` and `b` must broadcast together, else ShapeError.
 *
 * @example
 * ```ts
 * allClose(tensor([1, 2]), tensor([1, 2.000001])) // true
 * allClose(tensor([[1, 1]]), 1)                    // true
 * allClose(tensor([NaN]), tensor([NaN]), { equalNaN: true }) // true
 * ```
 */
export function allClose(a: TensorLike, b: TensorLike, options: AllCloseOptions = {}): boolean {
  const label = 'allClose(a, b)';
  const { rtol = 1e-5, atol = 1e-6, equalNaN = false } = options;
  if (!(rtol >= 0) || !(atol >= 0)) throw new ValueError(`${label}: rtol and atol must be >= 0, got rtol=${rtol}, atol=${atol}`);
  const left = toTensor(label, 'a', a);
  const right = toTensor(label, 'b', b);
  const shape = broadcastShapes(left.shape, right.shape, label);
  const x = broadcastTo(left, shape).data;
  const y = broadcastTo(right, shape).data;
  for (let i = 0; i < x.length; i++) {
    const first = x[i];
    const second = y[i];
    if (first === second) continue;
    if (first !== first || second !== second) {
      if (equalNaN && first !== first && second !== second) continue;
      return false;
    }
    // Unequal values where either is infinite are never close (|1 - Inf| <= rtol·Inf would say they are).
    if (first - first !== 0 || second - second !== 0) return false;
    if (!(Math.abs(first - second) <= atol + rtol * Math.abs(second))) return false;
  }
  return true;
}
