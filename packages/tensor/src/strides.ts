/**
 * Internal stride arithmetic shared by the kernels: strides of an operand
 * aligned to a broadcast result, and dimension coalescing.
 */
import type { Shape } from './shape.js';

/**
 * Strides (in elements) of a contiguous tensor of `shape` when it is read as
 * if broadcast to `outShape`: right-aligned, 0 on every axis it is broadcast
 * along (missing leading axes and size-1 axes). Assumes `shape` broadcasts to `outShape`.
 */
export function broadcastStrides(shape: Shape, outShape: Shape): number[] {
  const rank = outShape.length;
  const offset = rank - shape.length;
  const strides = new Array<number>(rank).fill(0);
  let stride = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    const size = shape[axis];
    strides[axis + offset] = size === 1 ? 0 : stride;
    stride *= size;
  }
  return strides;
}

/** A walk over an index space, shared by several operands that each have their own strides. */
export interface Coalesced {
  /** Sizes of the walk, rank >= 1, every size > 1 except a lone `[1]`. */
  shape: number[];
  /** One stride list per operand, aligned with `shape`. */
  strides: number[][];
}

/**
 * Simplifies a multi-operand walk without changing the order of elements:
 * drops size-1 axes and merges neighbouring axes that every operand traverses
 * contiguously (outer stride = inner stride * inner size, 0-strides included).
 * `[2,3,4]` contiguous becomes `[24]`; `[B,N]` with a `[N]` operand stays `[B,N]`.
 * The result always has rank >= 1 (a single element walks as `[1]`).
 */
export function coalesce(shape: Shape, strides: readonly (readonly number[])[]): Coalesced {
  const merged: number[] = [];
  const mergedStrides: number[][] = strides.map(() => []);
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    const size = shape[axis];
    if (size === 1) continue;
    let contiguous = merged.length > 0;
    for (let k = 0; contiguous && k < strides.length; k++) {
      if (strides[k][axis] !== mergedStrides[k][0] * merged[0]) contiguous = false;
    }
    if (contiguous) {
      merged[0] *= size;
    } else {
      merged.unshift(size);
      for (let k = 0; k < strides.length; k++) mergedStrides[k].unshift(strides[k][axis]);
    }
  }
  if (merged.length === 0) return { shape: [1], strides: strides.map(() => [0]) };
  return { shape: merged, strides: mergedStrides };
}
