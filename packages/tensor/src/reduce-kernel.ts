/**
 * Internal: the kernel behind sum, mean, max and min over any set of axes.
 *
 * The input is read once, in memory order, and folded into a float64
 * accumulator per output element. After coalescing, reducing all axes is one
 * loop, reducing the last axis is one running value per row, and reducing a
 * leading axis (a batch) adds whole contiguous rows into the accumulators.
 */
import { specialize } from './specialize.js';
import { sizeOf, stridesOf, type Shape } from './shape.js';
import { coalesce } from './strides.js';

/** Folds one value into an accumulator. */
type Combine = (accumulator: number, x: number) => number;

/**
 * Folds `input` (contiguous, walked as `shape`) into `accumulator`; the
 * output offset of each element follows `outStrides` (0 along reduced axes).
 * Self-contained: recompiled from source per combine function.
 */
function reduceWalk(combine: Combine, input: Float32Array, accumulator: Float64Array, shape: readonly number[], outStrides: readonly number[]): void {
  const rank = shape.length;
  const inner = shape[rank - 1];
  const outInner = outStrides[rank - 1];
  const total = input.length;
  const counter = new Int32Array(rank);
  let outOffset = 0;
  for (let inOffset = 0; inOffset < total; inOffset += inner) {
    if (outInner === 0) {
      let value = accumulator[outOffset];
      for (let j = 0; j < inner; j++) value = combine(value, input[inOffset + j]);
      accumulator[outOffset] = value;
    } else {
      for (let j = 0; j < inner; j++) accumulator[outOffset + j] = combine(accumulator[outOffset + j], input[inOffset + j]);
    }
    for (let axis = rank - 2; axis >= 0; axis--) {
      outOffset += outStrides[axis];
      if (++counter[axis] < shape[axis]) break;
      counter[axis] = 0;
      outOffset -= outStrides[axis] * shape[axis];
    }
  }
}

/** How a reduction combines values, and where its accumulators start. */
export type ReduceKind = 'sum' | 'max' | 'min';

type ReduceKernel = (input: Float32Array, accumulator: Float64Array, shape: readonly number[], outStrides: readonly number[]) => void;

const probe = (compiled: ReduceKernel): void => {
  const accumulator = new Float64Array([0]);
  compiled(new Float32Array([-1, 2]), accumulator, [2], [0]);
  if (!Number.isFinite(accumulator[0])) throw new Error('probe mismatch');
};

const kernels = {
  sum: specialize('reduce sum', reduceWalk, (accumulator: number, x: number) => accumulator + x, probe),
  // NaN wins: once the accumulator is NaN nothing replaces it; a NaN input replaces anything.
  max: specialize('reduce max', reduceWalk, (accumulator: number, x: number) => (x > accumulator || x !== x ? x : accumulator), probe),
  min: specialize('reduce min', reduceWalk, (accumulator: number, x: number) => (x < accumulator || x !== x ? x : accumulator), probe),
};

const initial: Record<ReduceKind, number> = { sum: 0, max: -Infinity, min: Infinity };

/**
 * Reduces `data` (contiguous, of `shape`) over the sorted, resolved `axes`.
 * Returns float64 accumulators laid out like the kept axes, in order.
 * The caller checks empty reductions (max/min of nothing).
 */
export function reduceAxes(data: Float32Array, shape: Shape, axes: readonly number[], kind: ReduceKind): Float64Array {
  const reduced = new Array<boolean>(shape.length).fill(false);
  for (const axis of axes) reduced[axis] = true;
  const outStrides = new Array<number>(shape.length).fill(0);
  let stride = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    if (reduced[axis]) continue;
    outStrides[axis] = stride;
    stride *= shape[axis];
  }
  const accumulator = new Float64Array(stride).fill(initial[kind]);
  if (sizeOf(shape) === 0) return accumulator;
  const walk = coalesce(shape, [stridesOf(shape), outStrides]);
  kernels[kind]()(data, accumulator, walk.shape, walk.strides[1]);
  return accumulator;
}
