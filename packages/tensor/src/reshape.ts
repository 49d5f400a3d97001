/**
 * Reshaping without copying: reshape, expandDims, squeeze. Each returns a new
 * Tensor that shares `t.data` (tensors are immutable, so sharing is safe).
 */
import { resolveAxes, resolveAxis } from './axes.js';
import { ShapeError } from './errors.js';
import { formatShape, type Shape } from './shape.js';
import { resolveShape, Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/**
 * The same elements in row-major order under a new shape; one size may be
 * -1 and is inferred. Shares `t.data` (no copy).
 *
 * Shapes: `shape` must have `t.size` elements.
 *
 * @example
 * ```ts
 * reshape(arange(6), [2, -1]).toArray() // [[0, 1, 2], [3, 4, 5]]
 * ```
 */
export function reshape(t: TensorLike, shape: Shape): Tensor {
  const input = toTensor('reshape(t, shape)', 't', t);
  const resolved = resolveShape(`reshape(t, shape) with t ${formatShape(input.shape)}`, shape, input.size);
  return new Tensor(input.data, resolved);
}

/**
 * Inserts a size-1 axis at `axis` (negative counts from the end of the
 * result, so -1 appends). Shares `t.data` (no copy).
 *
 * Shapes: `[d0, ..., dn]` becomes rank + 1 with a 1 at `axis`; `axis` in `[-rank-1, rank]`.
 *
 * @example
 * ```ts
 * expandDims(zeros([2, 3]), 0).shape  // [1, 2, 3]
 * expandDims(zeros([2, 3]), -1).shape // [2, 3, 1]
 * ```
 */
export function expandDims(t: TensorLike, axis: number): Tensor {
  const label = 'expandDims(t, axis)';
  const input = toTensor(label, 't', t);
  const resolved = resolveAxis(label, axis, input.shape, 'axis', input.rank + 1);
  const shape = [...input.shape];
  shape.splice(resolved, 0, 1);
  return new Tensor(input.data, shape);
}

/**
 * Removes size-1 axes: the listed ones, or every one when `axes` is
 * undefined. Shares `t.data` (no copy). Squeezing an axis whose size is not 1
 * throws ShapeError.
 *
 * Shapes: `[1, 3, 1]` becomes `[3]`; with `axes = 0` it becomes `[3, 1]`.
 *
 * @example
 * ```ts
 * squeeze(zeros([1, 3, 1])).shape    // [3]
 * squeeze(zeros([1, 3, 1]), 0).shape // [3, 1]
 * ```
 */
export function squeeze(t: TensorLike, axes?: number | readonly number[]): Tensor {
  const label = 'squeeze(t, axes)';
  const input = toTensor(label, 't', t);
  if (axes === undefined) return new Tensor(input.data, input.shape.filter((size) => size !== 1));
  const resolved = resolveAxes(label, axes, input.shape);
  for (const axis of resolved) {
    if (input.shape[axis] !== 1) {
      throw new ShapeError(`${label}: axis ${axis} of t ${formatShape(input.shape)} has size ${input.shape[axis]}, not 1`);
    }
  }
  return new Tensor(input.data, input.shape.filter((_, axis) => !resolved.includes(axis)));
}
