/**
 * Kernels for `gemm` that read the operands where they lie, for shapes where
 * packing would cost more than it saves (internal):
 * - matrix-vector products (m = 1 or n = 1): every matrix element is used
 *   once, so packing would only add a copy. Batch-1 LSTM inference lands here.
 * - tiny products (m·n·k below 512): packing and tiling overheads exceed the
 *   whole product; a plain triple loop is faster.
 */
import type { StridedMatrix } from './gemm-packed.js';

/** Rows accumulated at once by the column-major path (float64 scratch, 8 KiB). */
const CHUNK = 1024;
/** Float64 accumulators for the column-major path, allocated once. */
const ACCUMULATOR = new Float64Array(CHUNK);

/**
 * y = alpha * M @ x + beta * y, with M (rows x depth) strided, x and y strided
 * vectors; beta = 0 ignores y's old contents. One of M's strides is 1.
 */
export function gemv(
  rows: number,
  depth: number,
  matrix: StridedMatrix,
  x: Float32Array,
  xOffset: number,
  xStride: number,
  y: Float32Array,
  yOffset: number,
  yStride: number,
  alpha: number,
  beta: number,
): void {
  if (matrix.columnStride === 1) {
    rowsTimesVector(rows, depth, matrix.data, matrix.offset, matrix.rowStride, x, xOffset, xStride, y, yOffset, yStride, alpha, beta);
  } else {
    columnsTimesVector(rows, depth, matrix.data, matrix.offset, matrix.columnStride, x, xOffset, xStride, y, yOffset, yStride, alpha, beta);
  }
}

function storeValue(y: Float32Array, index: number, value: number, alpha: number, beta: number): void {
  y[index] = beta === 0 ? alpha * value : alpha * value + beta * y[index];
}

/** M's rows are contiguous: one dot product per row, four rows at a time. */
function rowsTimesVector(
  rows: number,
  depth: number,
  m: Float32Array,
  offset: number,
  rowStride: number,
  x: Float32Array,
  xOffset: number,
  xStride: number,
  y: Float32Array,
  yOffset: number,
  yStride: number,
  alpha: number,
  beta: number,
): void {
  let row = 0;
  for (; row + 4 <= rows; row += 4) {
    const r0 = offset + row * rowStride;
    const r1 = r0 + rowStride;
    const r2 = r1 + rowStride;
    const r3 = r2 + rowStride;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let d = 0, xi = xOffset; d < depth; d++, xi += xStride) {
      const xv = x[xi];
      s0 += m[r0 + d] * xv;
      s1 += m[r1 + d] * xv;
      s2 += m[r2 + d] * xv;
      s3 += m[r3 + d] * xv;
    }
    const yi = yOffset + row * yStride;
    storeValue(y, yi, s0, alpha, beta);
    storeValue(y, yi + yStride, s1, alpha, beta);
    storeValue(y, yi + 2 * yStride, s2, alpha, beta);
    storeValue(y, yi + 3 * yStride, s3, alpha, beta);
  }
  for (; row < rows; row++) {
    const r0 = offset + row * rowStride;
    let s0 = 0;
    for (let d = 0, xi = xOffset; d < depth; d++, xi += xStride) s0 += m[r0 + d] * x[xi];
    storeValue(y, yOffset + row * yStride, s0, alpha, beta);
  }
}

/** M's columns are contiguous: y += M[:, d] * x[d], accumulated in float64 chunks of rows. */
function columnsTimesVector(
  rows: number,
  depth: number,
  m: Float32Array,
  offset: number,
  columnStride: number,
  x: Float32Array,
  xOffset: number,
  xStride: number,
  y: Float32Array,
  yOffset: number,
  yStride: number,
  alpha: number,
  beta: number,
): void {
  for (let row0 = 0; row0 < rows; row0 += CHUNK) {
    const count = Math.min(CHUNK, rows - row0);
    ACCUMULATOR.fill(0, 0, count);
    let d = 0;
    // Four columns per pass: one accumulator load and store per four multiply-adds.
    for (; d + 4 <= depth; d += 4) {
      const c0 = offset + row0 + d * columnStride;
      const c1 = c0 + columnStride;
      const c2 = c1 + columnStride;
      const c3 = c2 + columnStride;
      const xi = xOffset + d * xStride;
      const x0 = x[xi], x1 = x[xi + xStride], x2 = x[xi + 2 * xStride], x3 = x[xi + 3 * xStride];
      for (let r = 0; r < count; r++) {
        ACCUMULATOR[r] += m[c0 + r] * x0 + m[c1 + r] * x1 + m[c2 + r] * x2 + m[c3 + r] * x3;
      }
    }
    for (; d < depth; d++) {
      const c0 = offset + row0 + d * columnStride;
      const x0 = x[xOffset + d * xStride];
      for (let r = 0; r < count; r++) ACCUMULATOR[r] += m[c0 + r] * x0;
    }
    for (let r = 0, yi = yOffset + row0 * yStride; r < count; r++, yi += yStride) storeValue(y, yi, ACCUMULATOR[r], alpha, beta);
  }
}

/**
 * C = alpha * A @ B + beta * C by the definition, for tiny strided A (m x k)
 * and B (k x n); beta = 0 ignores C's old contents.
 */
export function gemmTiny(
  m: number,
  n: number,
  k: number,
  a: StridedMatrix,
  b: StridedMatrix,
  c: Float32Array,
  cOffset: number,
  ldc: number,
  alpha: number,
  beta: number,
): void {
  const { data: aData, rowStride: aRowStride, columnStride: aColumnStride } = a;
  const { data: bData, rowStride: bRowStride, columnStride: bColumnStride } = b;
  for (let row = 0; row < m; row++) {
    const aRow = a.offset + row * aRowStride;
    for (let column = 0; column < n; column++) {
      let sum = 0;
      for (let d = 0, ai = aRow, bi = b.offset + column * bColumnStride; d < k; d++, ai += aColumnStride, bi += bRowStride) sum += aData[ai] * bData[bi];
      storeValue(c, cOffset + row * ldc + column, sum, alpha, beta);
    }
  }
}
