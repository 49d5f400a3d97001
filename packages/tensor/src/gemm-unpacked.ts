/**
 * Kernels for `gemm` that read the operands where they lie, for shapes where
 * packing would cost more than it saves (internal):
 * - matrix-vector products (m = 1 or n = 1): every matrix element is used
 *   once, so packing would only add a copy. Batch-1 LSTM inference lands here.
 * - tiny products (m·n·k below 512): packing and tiling overheads exceed the
 *   whole product; a plain triple loop is faster.
 */
import type { GemmKernel, StridedMatrix } from './gemm-packed.js';

/** A matrix-vector kernel: {@link gemv}'s signature, so its parameter list is written once. */
type VectorKernel = typeof gemv;

let kernels: { rowsTimesVector: VectorKernel; columnsTimesVector: VectorKernel } | undefined;

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
  kernels ??= createVectorKernels();
  if (matrix.columnStride === 1) {
    kernels.rowsTimesVector(rows, depth, matrix, x, xOffset, xStride, y, yOffset, yStride, alpha, beta);
  } else {
    kernels.columnsTimesVector(rows, depth, matrix, x, xOffset, xStride, y, yOffset, yStride, alpha, beta);
  }
}

function storeValue(y: Float32Array, index: number, value: number, alpha: number, beta: number): void {
  y[index] = beta === 0 ? alpha * value : alpha * value + beta * y[index];
}

/**
 * Builds the matrix-vector kernels around their float64 scratch, on first use.
 * The scratch is a `const` of this function rather than of the module so that
 * TurboFan folds it even after bundling (see `createPackedKernel` in gemm-packed.ts).
 */
function createVectorKernels(): { rowsTimesVector: VectorKernel; columnsTimesVector: VectorKernel } {
  /** Length of the float64 scratch vectors (8 KiB each): rows per pass of the column-major path, depth per pass of the row-major one. */
  const CHUNK = 1024;
  /** Float64 accumulators for the column-major path, allocated once. */
  const ACCUMULATOR = new Float64Array(CHUNK);
  /** The vector of the row-major path, converted to float64 once. */
  const VECTOR = new Float64Array(CHUNK);

  /** M's rows are contiguous: one dot product per row, eight (then four) rows at a time. */
  const rowsTimesVector: VectorKernel = (rows, depth, matrix, x, xOffset, xStride, y, yOffset, yStride, alpha, beta) => {
    const { data: m, offset, rowStride } = matrix;
    for (let d0 = 0; d0 < depth; d0 += CHUNK) {
      const count = Math.min(CHUNK, depth - d0);
      for (let d = 0, xi = xOffset + d0 * xStride; d < count; d++, xi += xStride) VECTOR[d] = x[xi];
      const blockBeta = d0 === 0 ? beta : 1;
      let row = 0;
      for (; row + 8 <= rows; row += 8) {
        const r0 = offset + row * rowStride + d0;
        const r1 = r0 + rowStride, r2 = r1 + rowStride, r3 = r2 + rowStride, r4 = r3 + rowStride, r5 = r4 + rowStride, r6 = r5 + rowStride, r7 = r6 + rowStride;
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        for (let d = 0; d < count; d++) {
          const xv = VECTOR[d];
          s0 += m[r0 + d] * xv; s1 += m[r1 + d] * xv; s2 += m[r2 + d] * xv; s3 += m[r3 + d] * xv;
          s4 += m[r4 + d] * xv; s5 += m[r5 + d] * xv; s6 += m[r6 + d] * xv; s7 += m[r7 + d] * xv;
        }
        const yi = yOffset + row * yStride;
        storeValue(y, yi, s0, alpha, blockBeta); storeValue(y, yi + yStride, s1, alpha, blockBeta);
        storeValue(y, yi + 2 * yStride, s2, alpha, blockBeta); storeValue(y, yi + 3 * yStride, s3, alpha, blockBeta);
        storeValue(y, yi + 4 * yStride, s4, alpha, blockBeta); storeValue(y, yi + 5 * yStride, s5, alpha, blockBeta);
        storeValue(y, yi + 6 * yStride, s6, alpha, blockBeta); storeValue(y, yi + 7 * yStride, s7, alpha, blockBeta);
      }
      for (; row + 4 <= rows; row += 4) {
        const r0 = offset + row * rowStride + d0;
        const r1 = r0 + rowStride, r2 = r1 + rowStride, r3 = r2 + rowStride;
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (let d = 0; d < count; d++) {
          const xv = VECTOR[d];
          s0 += m[r0 + d] * xv; s1 += m[r1 + d] * xv; s2 += m[r2 + d] * xv; s3 += m[r3 + d] * xv;
        }
        const yi = yOffset + row * yStride;
        storeValue(y, yi, s0, alpha, blockBeta); storeValue(y, yi + yStride, s1, alpha, blockBeta);
        storeValue(y, yi + 2 * yStride, s2, alpha, blockBeta); storeValue(y, yi + 3 * yStride, s3, alpha, blockBeta);
      }
      for (; row < rows; row++) {
        const r0 = offset + row * rowStride + d0;
        let s0 = 0;
        for (let d = 0; d < count; d++) s0 += m[r0 + d] * VECTOR[d];
        storeValue(y, yOffset + row * yStride, s0, alpha, blockBeta);
      }
    }
  };

  /** M's columns are contiguous: y += M[:, d] * x[d], accumulated in float64 chunks of rows. */
  const columnsTimesVector: VectorKernel = (rows, depth, matrix, x, xOffset, xStride, y, yOffset, yStride, alpha, beta) => {
    const { data: m, offset, columnStride } = matrix;
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
  };

  return { rowsTimesVector, columnsTimesVector };
}

/**
 * The product by the definition, a {@link GemmKernel}: for tiny A and B, where
 * packing and tiling would cost more than the whole triple loop.
 */
export const gemmTiny: GemmKernel = (m, n, k, a, b, c, cOffset, ldc, alpha, beta) => {
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
};
