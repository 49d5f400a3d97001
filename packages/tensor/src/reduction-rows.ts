/**
 * Internal: lays a tensor out as rows for the reductions that need a whole
 * row at once (logSumExp, variance, norm, argmax): the reduced axes are moved
 * to the end, so each output element reduces one contiguous row.
 */
import { reducedShape, resolveAxes } from './axes.js';
import type { Shape } from './shape.js';
import { stridesOf } from './shape.js';
import { copyStrided } from './strided-copy.js';
import type { Tensor } from './tensor.js';

/** A tensor viewed as `rowCount` contiguous rows of `rowLength` elements, one per output element. */
export interface Rows {
  /** Row-major rows; `t.data` itself when the reduced axes were already last (read-only). */
  data: Float32Array;
  rowCount: number;
  rowLength: number;
  /** Shape of the reduction's result (with or without the kept size-1 axes). */
  shape: number[];
}

/**
 * The rows of `t` over `axes` (undefined = all). No copy when the reduced
 * axes are already the trailing ones (the last axis, or all axes).
 */
export function toRows(label: string, t: Tensor, axes: number | readonly number[] | undefined, keepDims: boolean): Rows {
  const resolved = resolveAxes(label, axes, t.shape);
  const shape = reducedShape(t.shape, resolved, keepDims);
  let rowLength = 1;
  for (const axis of resolved) rowLength *= t.shape[axis];
  const rowCount = rowLength === 0 ? sizeWithout(t.shape, resolved) : t.size / rowLength;
  const trailing = resolved.every((axis, i) => axis === t.rank - resolved.length + i);
  if (trailing) return { data: t.data, rowCount, rowLength, shape };
  const kept = t.shape.map((_, axis) => axis).filter((axis) => !resolved.includes(axis));
  const order = [...kept, ...resolved];
  const strides = stridesOf(t.shape);
  const permutedShape = order.map((axis) => t.shape[axis]);
  const data = new Float32Array(t.size);
  copyStrided(t.data, 0, permutedShape, order.map((axis) => strides[axis]), data, 0, stridesOf(permutedShape));
  return { data, rowCount, rowLength, shape };
}

function sizeWithout(shape: Shape, axes: readonly number[]): number {
  let size = 1;
  for (let axis = 0; axis < shape.length; axis++) if (!axes.includes(axis)) size *= shape[axis];
  return size;
}
