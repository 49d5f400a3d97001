/**
 * Vector norms over axes.
 */
import { ValueError } from './errors.js';
import type { Axes } from './reduce.js';
import { toRows } from './reduction-rows.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/**
 * The vector norm over `axes` (all axes by default, treating the tensor as
 * one flat vector): `ord = 1` is `Σ |t|`, `ord = 2` is `√(Σ t²)`, `ord = Infinity`
 * is `max |t|`. The norm of an empty vector is 0; NaN propagates.
 *
 * Shapes: as for `sum`: the reduced axes are dropped, or kept as size 1 with `keepDims`.
 *
 * @example
 * ```ts
 * norm(tensor([3, 4])).item()                     // 5
 * norm(tensor([[3, -4], [1, 1]]), 1, false, 1).toArray() // [7, 2]
 * norm(tensor([3, -4]), undefined, false, Infinity).item() // 4
 * ```
 */
export function norm(t: TensorLike, axes?: Axes, keepDims = false, ord: 1 | 2 | typeof Infinity = 2): Tensor {
  const label = 'norm(t, axes, keepDims, ord)';
  if (ord !== 1 && ord !== 2 && ord !== Infinity) {
    throw new ValueError(`${label}: ord must be 1, 2 or Infinity, got ${String(ord)}`);
  }
  const rows = toRows(label, toTensor(label, 't', t), axes, keepDims);
  const { data, rowCount, rowLength } = rows;
  const out = new Float32Array(rowCount);
  for (let row = 0; row < rowCount; row++) {
    const start = row * rowLength;
    const end = start + rowLength;
    let result = 0;
    if (ord === 1) {
      for (let i = start; i < end; i++) result += Math.abs(data[i]);
    } else if (ord === 2) {
      for (let i = start; i < end; i++) result += data[i] * data[i];
      result = Math.sqrt(result);
    } else {
      for (let i = start; i < end; i++) {
        const magnitude = Math.abs(data[i]);
        if (magnitude > result || magnitude !== magnitude) result = magnitude;
        if (result !== result) break;
      }
    }
    out[row] = result;
  }
  return new Tensor(out, rows.shape);
}
