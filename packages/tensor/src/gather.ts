/**
 * Row lookup and its adjoint: gather picks slices of a table by index (an
 * embedding lookup), scatterAdd sums slices back into a table (its gradient).
 */
import { resolveAxis } from './axes.js';
import { IndexError, ShapeError, ValueError } from './errors.js';
import { checkShape, formatShape, shapesEqual, sizeOf, stridesOf, type Shape } from './shape.js';
import { isTensor, Tensor } from './tensor.js';

/** Indices as gather and scatterAdd take them: a tensor of integer values, a number array, or an Int32Array. */
export type Indices = Tensor | readonly number[] | Int32Array;

/** Validated integer indices in `[0, limit)` and the shape they come in. */
function readIndices(label: string, indices: Indices, limit: number, axis: number, owner: string): { values: Int32Array; shape: Shape } {
  let source: ArrayLike<number>;
  let shape: Shape;
  if (isTensor(indices)) {
    source = indices.data;
    shape = indices.shape;
  } else if (Array.isArray(indices) || indices instanceof Int32Array) {
    source = indices;
    shape = [indices.length];
  } else {
    throw new IndexError(`${label}: indices must be a Tensor, an array of numbers or an Int32Array, got ${typeof indices}`);
  }
  const values = new Int32Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const index = source[i];
    if (!Number.isInteger(index)) {
      throw new IndexError(`${label}: indices${position(i, shape)} = ${String(index)} is not an integer`);
    }
    if (index < 0 || index >= limit) {
      throw new IndexError(`${label}: indices${position(i, shape)} = ${index} is out of range for axis ${axis} of size ${limit} (${owner})`);
    }
    values[i] = index;
  }
  return { values, shape };
}

/** `[i]` for a flat position, `[i,j]` for a position in an n-d index tensor. */
function position(flat: number, shape: Shape): string {
  if (shape.length <= 1) return `[${flat}]`;
  const strides = stridesOf(shape);
  return `[${shape.map((size, axis) => Math.floor(flat / strides[axis]) % size).join(',')}]`;
}

/** Copies `length` floats; `set` for long runs, a loop for short ones. */
function copyRun(source: Float32Array, from: number, target: Float32Array, to: number, length: number): void {
  if (length >= 64) target.set(source.subarray(from, from + length), to);
  else for (let j = 0; j < length; j++) target[to + j] = source[from + j];
}

/**
 * Picks slices of `table` along `axis` by integer index (PyTorch
 * `index_select`, generalised to index tensors of any shape; with axis 0, an
 * embedding lookup).
 *
 * Formula: `out[..., i, ...] = table[..., indices[i], ...]`.
 * Shapes: `table.shape[:axis] + indices.shape + table.shape[axis+1:]`; an
 * array or Int32Array of indices has shape `[length]`. Indices must be
 * integers in `[0, table.shape[axis])`, else IndexError naming the index and its position.
 *
 * @example
 * ```ts
 * const table = tensor([[0, 0], [1, 1], [2, 2]]);
 * gather(table, [2, 0, 2]).toArray()               // [[2, 2], [0, 0], [2, 2]]
 * gather(table, tensor([[1], [2]])).shape          // [2, 1, 2]
 * gather(table, [1, 0], 1).toArray()               // [[0, 0], [1, 1], [2, 2]]
 * ```
 */
export function gather(table: Tensor, indices: Indices, axis = 0): Tensor {
  const label = 'gather(table, indices, axis)';
  if (!isTensor(table)) throw new ValueError(`${label}: table must be a Tensor, got ${typeof table}`);
  const resolved = resolveAxis(label, axis, table.shape);
  const limit = table.shape[resolved];
  const { values, shape: indexShape } = readIndices(label, indices, limit, resolved, `table ${formatShape(table.shape)}`);
  const outer = sizeOf(table.shape.slice(0, resolved));
  const inner = sizeOf(table.shape.slice(resolved + 1));
  const shape = [...table.shape.slice(0, resolved), ...indexShape, ...table.shape.slice(resolved + 1)];
  const out = new Float32Array(sizeOf(shape));
  const data = table.data;
  const count = values.length;
  let to = 0;
  for (let o = 0; o < outer; o++) {
    const base = o * limit * inner;
    for (let k = 0; k < count; k++) {
      copyRun(data, base + values[k] * inner, out, to, inner);
      to += inner;
    }
  }
  return new Tensor(out, shape);
}

/**
 * Sums slices of `updates` into a zero tensor of `shape` at the given
 * indices along `axis`; repeated indices accumulate. The adjoint of
 * {@link gather}, so it is gather's backward: for any `T`, `U`,
 * `<gather(T, idx), U> = <T, scatterAdd(U, idx, T.shape)>`.
 *
 * Formula: `out[..., indices[i], ...] += updates[..., i, ...]`.
 * Shapes: `updates.shape` must be `shape[:axis] + indices.shape + shape[axis+1:]`;
 * the result has `shape`. Accumulates in float32, in index order.
 *
 * @example
 * ```ts
 * scatterAdd(tensor([[1, 1], [2, 2], [3, 3]]), [2, 0, 2], [3, 2]).toArray()
 * // [[2, 2], [0, 0], [4, 4]]
 * ```
 */
export function scatterAdd(updates: Tensor, indices: Indices, shape: Shape, axis = 0): Tensor {
  const label = 'scatterAdd(updates, indices, shape, axis)';
  if (!isTensor(updates)) throw new ValueError(`${label}: updates must be a Tensor, got ${typeof updates}`);
  checkShape(label, 'shape', shape);
  const resolved = resolveAxis(label, axis, shape);
  const limit = shape[resolved];
  const { values, shape: indexShape } = readIndices(label, indices, limit, resolved, `shape ${formatShape(shape)}`);
  const expected = [...shape.slice(0, resolved), ...indexShape, ...shape.slice(resolved + 1)];
  if (!shapesEqual(updates.shape, expected)) {
    throw new ShapeError(
      `${label}: updates is ${formatShape(updates.shape)} but shape ${formatShape(shape)} with indices ${formatShape(indexShape)} on axis ${resolved} needs ${formatShape(expected)}`,
    );
  }
  const outer = sizeOf(shape.slice(0, resolved));
  const inner = sizeOf(shape.slice(resolved + 1));
  const out = new Float32Array(sizeOf(shape));
  const data = updates.data;
  const count = values.length;
  let from = 0;
  for (let o = 0; o < outer; o++) {
    const base = o * limit * inner;
    for (let k = 0; k < count; k++) {
      const to = base + values[k] * inner;
      for (let j = 0; j < inner; j++) out[to + j] += data[from + j];
      from += inner;
    }
  }
  return new Tensor(out, [...shape]);
}
