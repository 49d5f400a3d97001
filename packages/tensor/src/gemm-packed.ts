/**
 * The packed, cache-blocked matrix-product kernel behind `gemm` (internal).
 *
 * Goto's scheme, in plain JavaScript:
 * - op(B) is cut into blocks of BLOCK_DEPTH x BLOCK_COLUMNS and op(A) into
 *   blocks of BLOCK_ROWS x BLOCK_DEPTH (Goto's KC x NC and MC x KC);
 *   each block is packed into one Float64Array, allocated once, as panels of four
 *   rows (of op(A)) or four columns (of op(B)), laid out in the order the
 *   micro-kernel reads them. Packing reads any layout (transposed or not, any
 *   leading dimension), so all four transpose combinations run at one speed,
 *   and converts float32 to float64 once instead of once per use.
 * - The micro-kernel multiplies a 4 x depth panel of op(A) by a depth x 4 panel of
 *   op(B) into 16 accumulators held in local variables, loading 8 values per
 *   16 multiply-adds. The B panel (8 KiB) stays in L1 while the kernel walks
 *   down the A block (128 KiB, in L2).
 *
 * Why the scratch is a fixed-size `const`: TurboFan then folds its length and
 * address into the compiled micro-kernel (no map check, no length load, a
 * compare with an immediate per bounds check), measured 7-15% faster than the
 * same loop over a buffer passed as an argument or held in a `let`. The block
 * sizes bound every packed block, so it never needs to grow.
 *
 * What was measured (GFLOP/s, one Zen 4 core, Node 20; see bench/README.md):
 * - register tiles, micro-kernel alone: 4x4 6.4, 3x4 6.5, 5x3 6.5, 4x6 6.2,
 *   2x8 5.7, 4x2 5.0, 2x4 4.9, 2x2 4.2, 6x2 3.7 (spills). 4x4 is as fast as
 *   the best and divides the power-of-two sizes networks use; float32
 *   instead of float64 panels, -3% (a conversion per load);
 * - in the full kernel (CPU time, n = 512): unrolling the depth loop by 2,
 *   -18% (register spills); `| 0` on every index, -3%; one induction variable
 *   instead of three, no change;
 *   block sizes (depth 128/256/512, rows 32/64/128, columns 256/512), all
 *   within 2%: the kernel is bound by instruction count, not by memory.
 */

/**
 * A strided view of a float32 matrix: element (row, column) is at
 * `data[offset + row * rowStride + column * columnStride]`.
 */
export interface StridedMatrix {
  data: Float32Array;
  offset: number;
  rowStride: number;
  columnStride: number;
}

/**
 * The signature every `gemm` kernel shares ({@link gemmPacked}, `gemmTiny`):
 * C = alpha * A @ B + beta * C for strided A (m x k), B (k x n) and row-major
 * C with leading dimension `ldc`; beta = 0 ignores C's old contents. The
 * kernels take it as their type, so their parameter lists are written once.
 */
export type GemmKernel = (
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
) => void;

let kernel: GemmKernel | undefined;

/**
 * The cache-blocked product, a {@link GemmKernel}. Requires k >= 1 (the
 * caller handles k = 0) and validated arguments.
 */
export const gemmPacked: GemmKernel = (m, n, k, a, b, c, cOffset, ldc, alpha, beta) => {
  kernel ??= createPackedKernel();
  kernel(m, n, k, a, b, c, cOffset, ldc, alpha, beta);
};

/**
 * Builds the kernel around its scratch buffers, on the first product (so
 * importing the package allocates nothing). The scratch is a `const` of this
 * function, not of the module: bundlers (esbuild, inside tsup) rewrite a
 * module's top-level `const` into `var`, which TurboFan does not fold
 * (measured: a loop over a top-level `var` array takes 45% longer than over
 * a `const`), while a `const` of a function that runs once is folded. The
 * size constants live here for the same reason: as function constants they
 * compile to immediates instead of loads from the module's context.
 */
function createPackedKernel(): GemmKernel {
  /** Rows of op(A) (and columns of op(B)) in one register tile. */
  const TILE_SIZE = 4;
  /** Depth of a packed block: 256 x 4 float64 = 8 KiB per panel, L1-resident. */
  const BLOCK_DEPTH = 256;
  /** Rows of op(A) per packed block: 64 x 256 float64 = 128 KiB, L2-resident. */
  const BLOCK_ROWS = 64;
  /** Columns of op(B) per packed block: 256 x 256 float64 = 512 KiB. */
  const BLOCK_COLUMNS = 256;
  /** Where the packed op(B) block starts in `PACKED`, after the op(A) block. */
  const PACKED_B_START = BLOCK_ROWS * BLOCK_DEPTH;
  /** The packed op(A) block followed by the packed op(B) block (640 KiB, allocated once). */
  const PACKED = new Float64Array(PACKED_B_START + BLOCK_DEPTH * BLOCK_COLUMNS);
  /** The 4 x 4 accumulators of an edge tile on their way to `storeTile`, row-major. */
  const TILE = new Float64Array(TILE_SIZE * TILE_SIZE);

  /** The blocked product: see {@link gemmPacked}. */
  return function packedProduct(m, n, k, a, b, c, cOffset, ldc, alpha, beta) {
    for (let column0 = 0; column0 < n; column0 += BLOCK_COLUMNS) {
      const columns = Math.min(BLOCK_COLUMNS, n - column0);
      for (let depth0 = 0; depth0 < k; depth0 += BLOCK_DEPTH) {
        const depth = Math.min(BLOCK_DEPTH, k - depth0);
        // Only the first depth block applies beta; later ones add to C.
        const blockBeta = depth0 === 0 ? beta : 1;
        packPanels(b.data, b.offset + depth0 * b.rowStride + column0 * b.columnStride, b.columnStride, b.rowStride, columns, depth, PACKED_B_START);
        for (let row0 = 0; row0 < m; row0 += BLOCK_ROWS) {
          const rows = Math.min(BLOCK_ROWS, m - row0);
          packPanels(a.data, a.offset + row0 * a.rowStride + depth0 * a.columnStride, a.rowStride, a.columnStride, rows, depth, 0);
          for (let tileColumn = 0; tileColumn < columns; tileColumn += TILE_SIZE) {
            const tileColumns = Math.min(TILE_SIZE, columns - tileColumn);
            const bPanel = PACKED_B_START + tileColumn * depth;
            const cColumn = cOffset + column0 + tileColumn;
            for (let tileRow = 0; tileRow < rows; tileRow += TILE_SIZE) {
              const tileRows = Math.min(TILE_SIZE, rows - tileRow);
              multiplyPanels(depth, tileRow * depth, bPanel, c, cColumn + (row0 + tileRow) * ldc, ldc, tileRows, tileColumns, alpha, blockBeta);
            }
          }
        }
      }
    }
  };

  /**
   * Packs `width` lines x `depth` of a strided matrix into `PACKED` from
   * `start`, as panels of 4 lines: panel q holds, for each depth index d, the
   * values of lines 4q..4q+3 at d (zero past `width`). A "line" is a row of
   * op(A) or a column of op(B): `lineStride` steps between lines and
   * `depthStride` along the shared dimension.
   */
  function packPanels(source: Float32Array, offset: number, lineStride: number, depthStride: number, width: number, depth: number, start: number): void {
    let write = start;
    for (let line0 = 0; line0 < width; line0 += TILE_SIZE) {
      const lines = Math.min(TILE_SIZE, width - line0);
      const base = offset + line0 * lineStride;
      if (lines === TILE_SIZE && depthStride === 1) {
        // Four lines, each contiguous along depth: read four streams.
        const l0 = base;
        const l1 = base + lineStride;
        const l2 = l1 + lineStride;
        const l3 = l2 + lineStride;
        for (let d = 0; d < depth; d++) {
          PACKED[write] = source[l0 + d];
          PACKED[write + 1] = source[l1 + d];
          PACKED[write + 2] = source[l2 + d];
          PACKED[write + 3] = source[l3 + d];
          write += TILE_SIZE;
        }
      } else if (lines === TILE_SIZE && lineStride === 1) {
        // The four lines are adjacent: four contiguous values per depth index.
        for (let d = 0, read = base; d < depth; d++, read += depthStride) {
          PACKED[write] = source[read];
          PACKED[write + 1] = source[read + 1];
          PACKED[write + 2] = source[read + 2];
          PACKED[write + 3] = source[read + 3];
          write += TILE_SIZE;
        }
      } else {
        // Edge panel (or unusual strides): zero-fill the missing lines.
        for (let d = 0; d < depth; d++) {
          const read = base + d * depthStride;
          for (let line = 0; line < TILE_SIZE; line++) {
            PACKED[write + line] = line < lines ? source[read + line * lineStride] : 0;
          }
          write += TILE_SIZE;
        }
      }
    }
  }

  /**
   * The micro-kernel: (4 x depth panel at aPanel) @ (depth x 4 panel at bPanel),
   * both read from `PACKED` and accumulated in float64 locals, then stored into
   * the rows x columns tile of C at `start`: C = alpha * product + beta * C.
   * Full tiles with beta 0 or 1 (nearly all of them) store straight from the
   * locals; edge tiles and other betas go through `TILE` and `storeTile`.
   */
  function multiplyPanels(
    depth: number,
    aPanel: number,
    bPanel: number,
    c: Float32Array,
    start: number,
    ldc: number,
    rows: number,
    columns: number,
    alpha: number,
    beta: number,
  ): void {
    let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
    let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
    let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
    let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
    for (let d = 0, ia = aPanel, ib = bPanel; d < depth; d++, ia += TILE_SIZE, ib += TILE_SIZE) {
      const a0 = PACKED[ia], a1 = PACKED[ia + 1], a2 = PACKED[ia + 2], a3 = PACKED[ia + 3];
      const b0 = PACKED[ib], b1 = PACKED[ib + 1], b2 = PACKED[ib + 2], b3 = PACKED[ib + 3];
      c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
      c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
      c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
      c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
    }
    const full = rows === TILE_SIZE && columns === TILE_SIZE;
    if (full && beta === 0) {
      let i = start;
      c[i] = alpha * c00; c[i + 1] = alpha * c01; c[i + 2] = alpha * c02; c[i + 3] = alpha * c03; i += ldc;
      c[i] = alpha * c10; c[i + 1] = alpha * c11; c[i + 2] = alpha * c12; c[i + 3] = alpha * c13; i += ldc;
      c[i] = alpha * c20; c[i + 1] = alpha * c21; c[i + 2] = alpha * c22; c[i + 3] = alpha * c23; i += ldc;
      c[i] = alpha * c30; c[i + 1] = alpha * c31; c[i + 2] = alpha * c32; c[i + 3] = alpha * c33;
      return;
    }
    if (full && beta === 1) {
      let i = start;
      c[i] += alpha * c00; c[i + 1] += alpha * c01; c[i + 2] += alpha * c02; c[i + 3] += alpha * c03; i += ldc;
      c[i] += alpha * c10; c[i + 1] += alpha * c11; c[i + 2] += alpha * c12; c[i + 3] += alpha * c13; i += ldc;
      c[i] += alpha * c20; c[i + 1] += alpha * c21; c[i + 2] += alpha * c22; c[i + 3] += alpha * c23; i += ldc;
      c[i] += alpha * c30; c[i + 1] += alpha * c31; c[i + 2] += alpha * c32; c[i + 3] += alpha * c33;
      return;
    }
    TILE[0] = c00; TILE[1] = c01; TILE[2] = c02; TILE[3] = c03;
    TILE[4] = c10; TILE[5] = c11; TILE[6] = c12; TILE[7] = c13;
    TILE[8] = c20; TILE[9] = c21; TILE[10] = c22; TILE[11] = c23;
    TILE[12] = c30; TILE[13] = c31; TILE[14] = c32; TILE[15] = c33;
    storeTile(c, start, ldc, rows, columns, alpha, beta);
  }

  /** Writes the top-left rows x columns of TILE into C: C = alpha * TILE + beta * C (beta = 0 ignores C). */
  function storeTile(c: Float32Array, start: number, ldc: number, rows: number, columns: number, alpha: number, beta: number): void {
    for (let row = 0; row < rows; row++) {
      const line = start + row * ldc;
      const tileLine = row * TILE_SIZE;
      if (beta === 0) {
        for (let column = 0; column < columns; column++) c[line + column] = alpha * TILE[tileLine + column];
      } else if (beta === 1) {
        for (let column = 0; column < columns; column++) c[line + column] += alpha * TILE[tileLine + column];
      } else {
        for (let column = 0; column < columns; column++) c[line + column] = alpha * TILE[tileLine + column] + beta * c[line + column];
      }
    }
  }
}
