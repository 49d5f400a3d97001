/**
 * Orthogonal initialization (Saxe et al. 2014).
 */
import { ShapeError, Tensor, ValueError, formatShape, sizeOf, type RandomSource, type Shape, rngFrom } from '@mnemo/tensor';
import { checkInitShape } from './check-shape.js';
import { orthonormalFactor } from './householder.js';

/** Options for {@link orthogonal}: a gain and `{ seed }` or `{ rng }`. */
export type OrthogonalOptions = RandomSource & {
  /** Multiplies the orthogonal matrix. Default 1. */
  gain?: number;
};

/**
 * A (semi-)orthogonal matrix, uniformly random, as in Saxe et al. (2014) and
 * PyTorch's `orthogonal_`: a Gaussian matrix is factored A = Q·R by
 * Householder QR in float64 and Q's columns are multiplied by the signs of
 * R's diagonal. Often used for recurrent weights, which it keeps from
 * shrinking or blowing up the hidden state at the start of training.
 *
 * W = gain · Q, with WᵀW = gain²·I when rows >= cols, W·Wᵀ = gain²·I otherwise
 *
 * Shapes: `shape` has rank >= 2; it is treated as a matrix
 * `[shape[0], product of the rest]`. A 512x512 matrix takes well under a second.
 *
 * @example
 * ```ts
 * const w = orthogonal([4, 4], { seed: 0 });
 * // matMul(w, w, { transposeA: true }) is the identity, to float32 precision
 * orthogonal([256, 64], { gain: 1.5, rng });
 * ```
 */
export function orthogonal(shape: Shape, options: OrthogonalOptions): Tensor {
  checkInitShape('orthogonal', shape);
  if (shape.length < 2) throw new ShapeError(`orthogonal(shape, options): needs a shape of rank >= 2, got ${formatShape(shape)}`);
  const gain = options?.gain ?? 1;
  if (!Number.isFinite(gain)) throw new ValueError(`orthogonal(shape, options): gain must be a finite number, got ${gain}`);
  const rng = rngFrom('orthogonal', options);
  const size = sizeOf(shape);
  const out = new Float32Array(size);
  if (size === 0) return new Tensor(out, shape);

  const rows = shape[0];
  const cols = size / rows;
  const tall = rows >= cols;
  const [m, n] = tall ? [rows, cols] : [cols, rows];
  // Draw the Gaussian matrix G row-major as [rows, cols], as PyTorch does. The factorization wants a
  // tall matrix in column-major order: that is G's transpose for a tall G, and G's own order for a
  // wide G (whose transpose is factored).
  const columns = new Float64Array(size);
  if (tall) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) columns[c * rows + r] = rng.normal();
  } else {
    for (let i = 0; i < size; i++) columns[i] = rng.normal();
  }
  const q = orthonormalFactor(columns, m, n); // column-major m×n
  if (tall) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[r * cols + c] = gain * q[c * rows + r];
  } else {
    // W = Qᵀ: row r of W is column r of Q, which is contiguous.
    for (let i = 0; i < size; i++) out[i] = gain * q[i];
  }
  return new Tensor(out, shape);
}
