/**
 * Internal: copies a strided view of one Float32Array into another. Behind
 * broadcastTo, permute/transpose, slice, pad and concat.
 */
import type { Shape } from './shape.js';
import { coalesce } from './strides.js';

/** Runs at least this long are copied with `TypedArray.set` (memcpy) rather than a loop. */
const SET_THRESHOLD = 128;
/** Tile edge for transposing copies, so both reads and writes stay in cache. */
const TILE = 32;

/**
 * For every index `i` of `shape`:
 * `target[targetOffset + i·targetStrides] = source[sourceOffset + i·sourceStrides]`.
 * A source stride of 0 repeats (broadcasts) a value. Nothing is allocated per element.
 */
export function copyStrided(
  source: Float32Array,
  sourceOffset: number,
  shape: Shape,
  sourceStrides: readonly number[],
  target: Float32Array,
  targetOffset: number,
  targetStrides: readonly number[],
): void {
  for (let axis = 0; axis < shape.length; axis++) if (shape[axis] === 0) return;
  const walk = coalesce(shape, [sourceStrides, targetStrides]);
  const sizes = walk.shape;
  const [fromStrides, toStrides] = walk.strides;
  const rank = sizes.length;
  if (rank >= 2 && isTransposeTile(sizes, fromStrides, toStrides)) {
    copyTransposed(source, sourceOffset, sizes, fromStrides, target, targetOffset, toStrides);
    return;
  }
  const inner = sizes[rank - 1];
  const fromInner = fromStrides[rank - 1];
  const toInner = toStrides[rank - 1];
  const counter = new Int32Array(rank);
  const rows = outerCount(sizes, rank - 1);
  let from = sourceOffset;
  let to = targetOffset;
  for (let row = 0; row < rows; row++) {
    if (fromInner === 1 && toInner === 1) {
      if (inner >= SET_THRESHOLD) target.set(source.subarray(from, from + inner), to);
      else for (let j = 0; j < inner; j++) target[to + j] = source[from + j];
    } else if (fromInner === 0 && toInner === 1) {
      target.fill(source[from], to, to + inner);
    } else {
      for (let j = 0; j < inner; j++) target[to + j * toInner] = source[from + j * fromInner];
    }
    for (let axis = rank - 2; axis >= 0; axis--) {
      from += fromStrides[axis];
      to += toStrides[axis];
      if (++counter[axis] < sizes[axis]) break;
      counter[axis] = 0;
      from -= fromStrides[axis] * sizes[axis];
      to -= toStrides[axis] * sizes[axis];
    }
  }
}

function outerCount(sizes: readonly number[], axes: number): number {
  let count = 1;
  for (let axis = 0; axis < axes; axis++) count *= sizes[axis];
  return count;
}

/** True when the last two axes swap: the target is contiguous along the last, the source along the one before. */
function isTransposeTile(sizes: readonly number[], fromStrides: readonly number[], toStrides: readonly number[]): boolean {
  const rank = sizes.length;
  return toStrides[rank - 1] === 1 && fromStrides[rank - 2] === 1 && fromStrides[rank - 1] !== 1 && sizes[rank - 1] * sizes[rank - 2] >= TILE * TILE;
}

/** Tiled copy for the transposing case: each TILE x TILE block is read and written while it is in cache. */
function copyTransposed(
  source: Float32Array,
  sourceOffset: number,
  sizes: readonly number[],
  fromStrides: readonly number[],
  target: Float32Array,
  targetOffset: number,
  toStrides: readonly number[],
): void {
  const rank = sizes.length;
  const rows = sizes[rank - 2];
  const columns = sizes[rank - 1];
  const fromColumn = fromStrides[rank - 1];
  const toRow = toStrides[rank - 2];
  const counter = new Int32Array(rank);
  const batches = outerCount(sizes, rank - 2);
  let from = sourceOffset;
  let to = targetOffset;
  for (let batch = 0; batch < batches; batch++) {
    for (let row0 = 0; row0 < rows; row0 += TILE) {
      const rowEnd = Math.min(row0 + TILE, rows);
      for (let column0 = 0; column0 < columns; column0 += TILE) {
        const columnEnd = Math.min(column0 + TILE, columns);
        for (let row = row0; row < rowEnd; row++) {
          const toBase = to + row * toRow;
          const fromBase = from + row;
          for (let column = column0; column < columnEnd; column++) target[toBase + column] = source[fromBase + column * fromColumn];
        }
      }
    }
    for (let axis = rank - 3; axis >= 0; axis--) {
      from += fromStrides[axis];
      to += toStrides[axis];
      if (++counter[axis] < sizes[axis]) break;
      counter[axis] = 0;
      from -= fromStrides[axis] * sizes[axis];
      to -= toStrides[axis] * sizes[axis];
    }
  }
}
