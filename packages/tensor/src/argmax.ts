/**
 * Indices of the largest and smallest values along an axis.
 */
import { IndexError, ValueError } from './errors.js';
import { toRows } from './reduction-rows.js';
import { formatShape } from './shape.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

function argExtreme(name: 'argmax' | 'argmin', t: TensorLike, axis: number | undefined, keepDims: boolean): Tensor {
  const label = `${name}(t, axis)`;
  const input = toTensor(label, 't', t);
  if (axis !== undefined && typeof axis !== 'number') {
    throw new IndexError(`${label}: axis must be one integer or undefined, got ${String(axis)}`);
  }
  const rows = toRows(label, input, axis, keepDims);
  const { data, rowCount, rowLength } = rows;
  if (rowLength === 0 && rowCount > 0) {
    throw new ValueError(`${label}: cannot take the ${name} over an empty axis: t is ${formatShape(input.shape)}${axis === undefined ? '' : `, axis ${axis}`}`);
  }
  const out = new Float32Array(rowCount);
  const sign = name === 'argmax' ? 1 : -1;
  for (let row = 0; row < rowCount; row++) {
    const start = row * rowLength;
    let best = 0;
    let bestValue = sign * data[start];
    // Strictly better wins, so ties keep the first index; the first NaN wins outright.
    for (let i = 1; i < rowLength && bestValue === bestValue; i++) {
      const value = sign * data[start + i];
      if (value > bestValue || value !== value) {
        best = i;
        bestValue = value;
      }
    }
    out[row] = best;
  }
  return new Tensor(out, rows.shape);
}

/**
 * Index of the largest value along `axis` (into the flattened tensor when
 * `axis` is undefined). Ties give the first index; a NaN counts as the
 * largest, as in NumPy and PyTorch. Indices are stored as float32 integers.
 *
 * Shapes: `axis` is dropped from `t`'s shape (kept as size 1 with `keepDims`);
 * without `axis` the result is a scalar `[]`.
 *
 * @example
 * ```ts
 * argmax(tensor([[1, 9, 9], [7, 2, 3]]), 1).toArray() // [1, 0]
 * argmax(tensor([[1, 9], [7, 2]])).item()             // 1
 * ```
 */
export function argmax(t: TensorLike, axis?: number, keepDims = false): Tensor {
  return argExtreme('argmax', t, axis, keepDims);
}

/**
 * Index of the smallest value along `axis` (into the flattened tensor when
 * `axis` is undefined). Ties give the first index; a NaN counts as the smallest.
 *
 * Shapes: as for {@link argmax}.
 *
 * @example
 * ```ts
 * argmin(tensor([[1, 9, 0], [7, 2, 3]]), 1).toArray() // [2, 1]
 * ```
 */
export function argmin(t: TensorLike, axis?: number, keepDims = false): Tensor {
  return argExtreme('argmin', t, axis, keepDims);
}
