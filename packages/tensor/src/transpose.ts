/**
 * Reordering axes: permute (any order) and transpose (swap two axes). Both
 * copy into a new contiguous tensor; large 2-D swaps are copied in cache-sized tiles.
 */
import { resolveAxis } from './axes.js';
import { ShapeError } from './errors.js';
import { formatShape, stridesOf } from './shape.js';
import { copyStrided } from './strided-copy.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/**
 * Reorders the axes of `t`: axis `i` of the result is axis `axes[i]` of `t`
 * (NumPy `transpose(t, axes)`, PyTorch `permute`).
 *
 * Formula: `out[i0, ..., in] = t[j]` where `j[axes[k]] = i_k`.
 * Shapes: `axes` is a permutation of `0..rank-1` (negative axes allowed);
 * `out.shape[i] = t.shape[axes[i]]`.
 *
 * @example
 * ```ts
 * permute(zeros([2, 3, 4]), [2, 0, 1]).shape // [4, 2, 3]
 * ```
 */
export function permute(t: TensorLike, axes: readonly number[]): Tensor {
  const label = 'permute(t, axes)';
  const input = toTensor(label, 't', t);
  if (!Array.isArray(axes) || axes.length !== input.rank) {
    throw new ShapeError(`${label}: axes ${Array.isArray(axes) ? `[${axes.join(',')}]` : String(axes)} must list each of the ${input.rank} axes of t ${formatShape(input.shape)} once`);
  }
  const order = axes.map((axis) => resolveAxis(label, axis, input.shape));
  if (new Set(order).size !== order.length) {
    throw new ShapeError(`${label}: axes [${axes.join(',')}] is not a permutation of the axes of t ${formatShape(input.shape)}`);
  }
  const strides = stridesOf(input.shape);
  const shape = order.map((axis) => input.shape[axis]);
  const out = new Float32Array(input.size);
  copyStrided(input.data, 0, shape, order.map((axis) => strides[axis]), out, 0, stridesOf(shape));
  return new Tensor(out, shape);
}

/**
 * Swaps two axes, by default the last two (the matrix transpose of each
 * matrix in a batch).
 *
 * Formula: `out[..., j, i] = t[..., i, j]`.
 * Shapes: `[..., m, n]` becomes `[..., n, m]`; `t` must have rank >= 2.
 *
 * @example
 * ```ts
 * transpose(tensor([[1, 2, 3], [4, 5, 6]])).toArray() // [[1, 4], [2, 5], [3, 6]]
 * transpose(zeros([2, 3, 4]), 0, 2).shape            // [4, 3, 2]
 * ```
 */
export function transpose(t: TensorLike, axis0 = -2, axis1 = -1): Tensor {
  const label = 'transpose(t, axis0, axis1)';
  const input = toTensor(label, 't', t);
  if (input.rank < 2) throw new ShapeError(`${label}: t ${formatShape(input.shape)} has rank ${input.rank}; transpose needs rank >= 2`);
  const first = resolveAxis(label, axis0, input.shape, 'axis0');
  const second = resolveAxis(label, axis1, input.shape, 'axis1');
  const order = input.shape.map((_, axis) => axis);
  order[first] = second;
  order[second] = first;
  return permute(input, order);
}
