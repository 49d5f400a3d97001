/**
 * Cutting a tensor into pieces along an axis: split by sizes, chunk by count.
 * The inverse of concat.
 */
import { resolveAxis } from './axes.js';
import { ShapeError, ValueError } from './errors.js';
import { formatShape, sizeOf, stridesOf } from './shape.js';
import { copyStrided } from './strided-copy.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/** Cuts `t` along `axis` (already resolved) into consecutive pieces of the given sizes. */
function cut(t: Tensor, sizes: readonly number[], axis: number): Tensor[] {
  const outer = sizeOf(t.shape.slice(0, axis));
  const inner = sizeOf(t.shape.slice(axis + 1));
  const row = t.shape[axis] * inner;
  let offset = 0;
  return sizes.map((size) => {
    const shape = [...t.shape];
    shape[axis] = size;
    const out = new Float32Array(sizeOf(shape));
    const pieceRow = size * inner;
    copyStrided(t.data, offset, [outer, pieceRow], [row, 1], out, 0, stridesOf([outer, pieceRow]));
    offset += pieceRow;
    return new Tensor(out, shape);
  });
}

/**
 * Cuts `t` along `axis` into consecutive pieces of the given sizes (each copied).
 *
 * Shapes: `sizes` are non-negative integers summing to `t.shape[axis]`; piece
 * `i` has `t`'s shape with `sizes[i]` on `axis`.
 *
 * @example
 * ```ts
 * split(arange(5), [2, 3]).map((piece) => piece.toArray()) // [[0, 1], [2, 3, 4]]
 * ```
 */
export function split(t: TensorLike, sizes: readonly number[], axis = 0): Tensor[] {
  const label = 'split(t, sizes, axis)';
  const input = toTensor(label, 't', t);
  const resolved = resolveAxis(label, axis, input.shape);
  if (!Array.isArray(sizes) || sizes.some((size) => !Number.isInteger(size) || size < 0)) {
    throw new ValueError(`${label}: sizes must be non-negative integers, got ${Array.isArray(sizes) ? `[${sizes.join(',')}]` : String(sizes)}`);
  }
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total !== input.shape[resolved]) {
    throw new ShapeError(`${label}: sizes [${sizes.join(',')}] sum to ${total} but axis ${resolved} of t ${formatShape(input.shape)} has size ${input.shape[resolved]}`);
  }
  return cut(input, sizes, resolved);
}

/**
 * Cuts `t` along `axis` into pieces of `ceil(n / count)` elements, the last
 * one possibly smaller, as PyTorch's `chunk` does; this can give fewer than
 * `count` pieces (e.g. 6 rows in 4 chunks gives 3 pieces of 2).
 *
 * Shapes: `n = t.shape[axis]`; every piece has `t`'s shape except on `axis`.
 *
 * @example
 * ```ts
 * chunk(arange(5), 2).map((piece) => piece.toArray()) // [[0, 1, 2], [3, 4]]
 * ```
 */
export function chunk(t: TensorLike, count: number, axis = 0): Tensor[] {
  const label = 'chunk(t, count, axis)';
  const input = toTensor(label, 't', t);
  if (!Number.isInteger(count) || count < 1) throw new ValueError(`${label}: count must be a positive integer, got ${String(count)}`);
  const resolved = resolveAxis(label, axis, input.shape);
  const length = input.shape[resolved];
  if (length === 0) return cut(input, [0], resolved);
  const pieceSize = Math.ceil(length / count);
  const sizes: number[] = [];
  for (let start = 0; start < length; start += pieceSize) sizes.push(Math.min(pieceSize, length - start));
  return cut(input, sizes, resolved);
}
