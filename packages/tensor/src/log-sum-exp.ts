/**
 * The numerically stable log of a sum of exponentials.
 */
import type { Axes } from './reduce.js';
import { toRows } from './reduction-rows.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/**
 * `log Σ exp(t)` over `axes`, computed stably as `m + log Σ exp(t - m)` with
 * `m` the maximum, so large inputs do not overflow. A row of all `-Infinity`
 * (or an empty row) gives `-Infinity`, a row containing `+Infinity` gives
 * `+Infinity`, and NaN propagates.
 *
 * Shapes: as for `sum`: the reduced axes are dropped, or kept as size 1 with `keepDims`.
 *
 * @example
 * ```ts
 * logSumExp(tensor([1000, 1000])).item()          // ≈ 1000.6932, no overflow
 * logSumExp(tensor([[0, 0], [1, 2]]), 1).toArray() // [0.6931472, 2.3132617]
 * ```
 */
export function logSumExp(t: TensorLike, axes?: Axes, keepDims = false): Tensor {
  const label = 'logSumExp(t, axes)';
  const rows = toRows(label, toTensor(label, 't', t), axes, keepDims);
  const { data, rowCount, rowLength } = rows;
  const out = new Float32Array(rowCount);
  for (let row = 0; row < rowCount; row++) {
    const start = row * rowLength;
    const end = start + rowLength;
    let largest = -Infinity;
    for (let i = start; i < end; i++) {
      const value = data[i];
      if (value > largest || value !== value) largest = value;
      if (largest !== largest) break;
    }
    // Shift by the maximum only when it is finite: -Inf - -Inf would be NaN.
    const shift = largest - largest === 0 ? largest : 0;
    let total = 0;
    for (let i = start; i < end; i++) total += Math.exp(data[i] - shift);
    out[row] = shift + Math.log(total);
  }
  return new Tensor(out, rows.shape);
}
