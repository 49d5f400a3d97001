/**
 * Joining tensors: concat along an existing axis, stack along a new one.
 */
import { resolveAxis } from './axes.js';
import { ShapeError, ValueError } from './errors.js';
import { formatShape, sizeOf } from './shape.js';
import { copyStrided } from './strided-copy.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

function toTensors(label: string, tensors: readonly TensorLike[]): Tensor[] {
  if (!Array.isArray(tensors)) throw new ValueError(`${label}: tensors must be an array of tensors, got ${typeof tensors}`);
  if (tensors.length === 0) throw new ValueError(`${label}: tensors is empty; need at least one tensor`);
  return tensors.map((t, i) => toTensor(label, `tensors[${i}]`, t));
}

/**
 * Joins tensors end to end along an existing `axis`.
 *
 * Shapes: every tensor has the same rank (>= 1) and the same sizes except on
 * `axis`; the result's `axis` size is their sum.
 *
 * @example
 * ```ts
 * concat([tensor([[1, 2]]), tensor([[3, 4], [5, 6]])]).toArray() // [[1, 2], [3, 4], [5, 6]]
 * concat([tensor([[1], [2]]), tensor([[3], [4]])], 1).toArray()  // [[1, 3], [2, 4]]
 * ```
 */
export function concat(tensors: readonly TensorLike[], axis = 0): Tensor {
  const label = 'concat(tensors, axis)';
  const inputs = toTensors(label, tensors);
  const first = inputs[0];
  if (first.rank === 0) throw new ShapeError(`${label}: tensors[0] is a scalar []; concat needs rank >= 1 (use stack to join scalars)`);
  const resolved = resolveAxis(label, axis, first.shape);
  let total = 0;
  inputs.forEach((t, i) => {
    const matches = t.rank === first.rank && t.shape.every((size, k) => k === resolved || size === first.shape[k]);
    if (!matches) {
      throw new ShapeError(
        `${label}: tensors[${i}] is ${formatShape(t.shape)} but tensors[0] is ${formatShape(first.shape)}; shapes must match except on axis ${resolved}`,
      );
    }
    total += t.shape[resolved];
  });
  const shape = [...first.shape];
  shape[resolved] = total;
  const outer = sizeOf(first.shape.slice(0, resolved));
  const inner = sizeOf(first.shape.slice(resolved + 1));
  const out = new Float32Array(sizeOf(shape));
  const outRow = total * inner;
  let offset = 0;
  for (const t of inputs) {
    const row = t.shape[resolved] * inner;
    copyStrided(t.data, 0, [outer, row], [row, 1], out, offset, [outRow, 1]);
    offset += row;
  }
  return new Tensor(out, shape);
}

/**
 * Joins same-shaped tensors along a new `axis`.
 *
 * Shapes: every tensor has the same shape `[d0, ..., dn]`; the result has a
 * new axis of size `tensors.length` at `axis` (in `[-rank-1, rank]`).
 *
 * @example
 * ```ts
 * stack([tensor([1, 2]), tensor([3, 4])]).toArray()    // [[1, 2], [3, 4]]
 * stack([tensor([1, 2]), tensor([3, 4])], 1).toArray() // [[1, 3], [2, 4]]
 * ```
 */
export function stack(tensors: readonly TensorLike[], axis = 0): Tensor {
  const label = 'stack(tensors, axis)';
  const inputs = toTensors(label, tensors);
  const first = inputs[0];
  const resolved = resolveAxis(label, axis, first.shape, 'axis', first.rank + 1);
  inputs.forEach((t, i) => {
    if (t.rank !== first.rank || !t.shape.every((size, k) => size === first.shape[k])) {
      throw new ShapeError(`${label}: tensors[${i}] is ${formatShape(t.shape)} but tensors[0] is ${formatShape(first.shape)}; all shapes must be equal`);
    }
  });
  const expanded = [...first.shape];
  expanded.splice(resolved, 0, 1);
  return concat(inputs.map((t) => new Tensor(t.data, expanded)), resolved);
}
