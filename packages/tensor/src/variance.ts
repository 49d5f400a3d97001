/**
 * Variance over axes, two-pass for accuracy.
 */
import { ValueError } from './errors.js';
import type { Axes } from './reduce.js';
import { toRows } from './reduction-rows.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/**
 * Variance over `axes`: `out = Σ (t - mean)² / (n - correction)`, n the
 * number of reduced elements. `correction = 0` is the population variance,
 * `1` the unbiased sample variance (Bessel). When `n - correction <= 0` the
 * result is NaN or Infinity, as in NumPy and PyTorch.
 *
 * Shapes: as for `sum`: the reduced axes are dropped, or kept as size 1 with `keepDims`.
 *
 * @example
 * ```ts
 * variance(tensor([1, 2, 3, 4])).item()          // 1.25
 * variance(tensor([1, 2, 3, 4]), 0, false, 1).item() // 1.6666666
 * ```
 */
export function variance(t: TensorLike, axes?: Axes, keepDims = false, correction = 0): Tensor {
  const label = 'variance(t, axes, keepDims, correction)';
  if (typeof correction !== 'number' || !(correction >= 0) || !Number.isFinite(correction)) {
    throw new ValueError(`${label}: correction must be a finite number >= 0, got ${String(correction)}`);
  }
  const rows = toRows(label, toTensor(label, 't', t), axes, keepDims);
  const { data, rowCount, rowLength } = rows;
  const out = new Float32Array(rowCount);
  for (let row = 0; row < rowCount; row++) {
    const start = row * rowLength;
    const end = start + rowLength;
    let total = 0;
    for (let i = start; i < end; i++) total += data[i];
    const average = total / rowLength;
    let squares = 0;
    for (let i = start; i < end; i++) {
      const deviation = data[i] - average;
      squares += deviation * deviation;
    }
    out[row] = squares / Math.max(0, rowLength - correction);
  }
  return new Tensor(out, rows.shape);
}
