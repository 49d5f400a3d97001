/**
 * `gemm`: the raw float32 matrix-product kernel (BLAS sgemm semantics, row-major).
 */
import { ShapeError, ValueError } from './errors.js';
import { gemmPacked, type StridedMatrix } from './gemm-packed.js';
import { gemmTiny, gemv } from './gemm-unpacked.js';

/** Below this m·n·k a plain triple loop beats packing (measured: 4x4x4 about 2x faster, 8x8x8 even). */
const TINY_VOLUME = 512;
/**
 * With fewer rows (or columns) than the 4 x 4 register tile, most of each tile
 * would be wasted: matrix-vector products per row (column) are faster
 * (m = 2: 2.2 GFLOP/s packed, 4.7 as two matrix-vector products).
 */
const FEW = 4;

/**
 * Arguments of {@link gemm}. Matrices are row-major inside flat Float32Arrays:
 * element (row, column) of A is `a[aOffset + row * lda + column]`.
 */
export interface GemmArgs {
  /** Rows of C and of op(A). */
  m: number;
  /** Columns of C and of op(B). */
  n: number;
  /** Columns of op(A), rows of op(B): the summed dimension. */
  k: number;
  /** Storage of A: m x k, or k x m when `transA`. */
  a: Float32Array;
  /** Index of A's first element in `a`. Default 0. */
  aOffset?: number;
  /** Distance between A's stored rows. Default: `transA ? m : k` (packed rows). */
  lda?: number;
  /** Use the transpose of the stored A: op(A) = Aᵀ. Default false. */
  transA?: boolean;
  /** Storage of B: k x n, or n x k when `transB`. */
  b: Float32Array;
  /** Index of B's first element in `b`. Default 0. */
  bOffset?: number;
  /** Distance between B's stored rows. Default: `transB ? k : n`. */
  ldb?: number;
  /** Use the transpose of the stored B: op(B) = Bᵀ. Default false. */
  transB?: boolean;
  /** Storage of C, m x n; written in place. Must not overlap A or B. */
  c: Float32Array;
  /** Index of C's first element in `c`. Default 0. */
  cOffset?: number;
  /** Distance between C's rows. Default n. */
  ldc?: number;
  /** Scale of the product. Default 1. */
  alpha?: number;
  /** Scale of C's old contents. Default 0, which ignores them (even NaN). */
  beta?: number;
}

/**
 * General matrix product into a preallocated buffer:
 * `C = alpha * op(A) @ op(B) + beta * C`, where op(X) is X or Xᵀ.
 *
 * The kernel behind {@link matMul}, exported for fused ops (an LSTM's gates,
 * its weight gradients) that multiply slices of preallocated buffers without
 * creating tensors. Cache-blocked and register-tiled; every transpose
 * combination runs at the same speed. Products accumulate in float64 and are
 * stored as float32 (for k > 256, once per depth block of 256 or more). With beta = 0,
 * C's old contents are never read, so NaN in an uninitialised C does not leak.
 *
 * Shapes: op(A) is m x k, op(B) is k x n, C is m x n; each matrix is row-major
 * with its leading dimension (`lda`, `ldb`, `ldc`) at least its stored row
 * length. Arguments are checked once per call: sizes must be non-negative
 * integers (ShapeError), buffers long enough for their offset and leading
 * dimension (ShapeError), numbers finite (ValueError), C apart from A and B.
 *
 * @example
 * ```ts
 * const a = new Float32Array([1, 2, 3, 4, 5, 6]); // 2 x 3
 * const b = new Float32Array([1, 0, 0, 1, 1, 1]); // 3 x 2
 * const c = new Float32Array(4);
 * gemm({ m: 2, n: 2, k: 3, a, b, c });
 * c // Float32Array [4, 5, 10, 11]
 * // A @ Aᵀ added into rows 2..3 of a 4 x 2 buffer:
 * const out = new Float32Array(8);
 * gemm({ m: 2, n: 2, k: 3, a, b: a, transB: true, c: out, cOffset: 4, beta: 1 });
 * out // Float32Array [0, 0, 0, 0, 14, 32, 32, 77]
 * ```
 */
export function gemm(args: GemmArgs): void {
  const { m, n, k } = args;
  checkSize('m', m);
  checkSize('n', n);
  checkSize('k', k);
  const transA = checkFlag('transA', args.transA);
  const transB = checkFlag('transB', args.transB);
  const alpha = checkScalar('alpha', args.alpha, 1);
  const beta = checkScalar('beta', args.beta, 0);
  const a = checkMatrix('a', args.a, args.aOffset, 'lda', args.lda, transA ? k : m, transA ? m : k, transA ? 'k' : 'm', transA ? 'm' : 'k');
  const b = checkMatrix('b', args.b, args.bOffset, 'ldb', args.ldb, transB ? n : k, transB ? k : n, transB ? 'n' : 'k', transB ? 'k' : 'n');
  const c = checkMatrix('c', args.c, args.cOffset, 'ldc', args.ldc, m, n, 'm', 'n');
  checkApart(c, a, 'a');
  checkApart(c, b, 'b');
  if (m === 0 || n === 0) return;
  if (k === 0) {
    scaleMatrix(c.data, c.offset, c.stride, m, n, beta);
    return;
  }
  // op(X)[row, column] = data[offset + row * rowStride + column * columnStride].
  const opA: StridedMatrix = { data: a.data, offset: a.offset, rowStride: transA ? 1 : a.stride, columnStride: transA ? a.stride : 1 };
  const opB: StridedMatrix = { data: b.data, offset: b.offset, rowStride: transB ? 1 : b.stride, columnStride: transB ? b.stride : 1 };
  if (m * n * k < TINY_VOLUME) {
    gemmTiny(m, n, k, opA, opB, c.data, c.offset, c.stride, alpha, beta);
  } else if (m < FEW) {
    // One matrix-vector product per row: c[i, :] = alpha * op(B)ᵀ @ op(A)[i, :] + beta * c[i, :]
    const opBTransposed: StridedMatrix = { data: opB.data, offset: opB.offset, rowStride: opB.columnStride, columnStride: opB.rowStride };
    for (let row = 0; row < m; row++) {
      gemv(n, k, opBTransposed, opA.data, opA.offset + row * opA.rowStride, opA.columnStride, c.data, c.offset + row * c.stride, 1, alpha, beta);
    }
  } else if (n < FEW) {
    // One per column: c[:, j] = alpha * op(A) @ op(B)[:, j] + beta * c[:, j]
    for (let column = 0; column < n; column++) {
      gemv(m, k, opA, opB.data, opB.offset + column * opB.columnStride, opB.rowStride, c.data, c.offset + column, c.stride, alpha, beta);
    }
  } else {
    gemmPacked(m, n, k, opA, opB, c.data, c.offset, c.stride, alpha, beta);
  }
}

/** A validated stored matrix: its buffer, first index, row stride and the index range it touches. */
interface CheckedMatrix {
  data: Float32Array;
  offset: number;
  stride: number;
  /** One past the last index read or written (equals offset when empty). */
  end: number;
}

function checkSize(name: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ShapeError(`gemm: ${name} must be a non-negative integer, got ${String(value)}`);
  }
}

function checkFlag(name: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new ValueError(`gemm: ${name} must be a boolean, got ${String(value)}`);
  return value;
}

function checkScalar(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ValueError(`gemm: ${name} must be a finite number, got ${String(value)}`);
  }
  return value;
}

function checkMatrix(
  name: string,
  data: unknown,
  offsetArg: number | undefined,
  strideName: string,
  strideArg: number | undefined,
  rows: number,
  columns: number,
  rowsName: string,
  columnsName: string,
): CheckedMatrix {
  if (!(data instanceof Float32Array)) {
    throw new ValueError(`gemm: ${name} must be a Float32Array, got ${Object.prototype.toString.call(data)}`);
  }
  const offsetName = `${name}Offset`;
  const offset = offsetArg ?? 0;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
    throw new ValueError(`gemm: ${offsetName} must be a non-negative integer, got ${String(offset)}`);
  }
  const stride = strideArg ?? columns;
  if (typeof stride !== 'number' || !Number.isInteger(stride) || stride < columns) {
    throw new ShapeError(
      `gemm: ${strideName} must be an integer >= ${columns} (${name}'s stored row length, ${columnsName}=${columns}), got ${String(stride)}`,
    );
  }
  const end = rows === 0 || columns === 0 ? offset : offset + (rows - 1) * stride + columns;
  if (end > data.length) {
    throw new ShapeError(
      `gemm: ${name} has ${data.length} elements, but ${rowsName}=${rows} rows of ${columnsName}=${columns} ` +
        `with ${strideName}=${stride} from ${offsetName}=${offset} need ${end}`,
    );
  }
  return { data, offset, stride, end };
}

/** Throws if C's index range shares memory with an input's (the result would depend on the loop order). */
function checkApart(c: CheckedMatrix, input: CheckedMatrix, name: string): void {
  if (c.data.buffer !== input.data.buffer || c.end === c.offset || input.end === input.offset) return;
  const cStart = c.data.byteOffset + c.offset * 4;
  const cEnd = c.data.byteOffset + c.end * 4;
  const inputStart = input.data.byteOffset + input.offset * 4;
  const inputEnd = input.data.byteOffset + input.end * 4;
  if (cStart < inputEnd && inputStart < cEnd) {
    throw new ValueError(`gemm: c overlaps ${name} in memory; write the product to a separate buffer`);
  }
}

/** C = beta * C over an m x n block (beta = 0 writes zeros, ignoring NaN). */
function scaleMatrix(c: Float32Array, offset: number, stride: number, m: number, n: number, beta: number): void {
  for (let row = 0; row < m; row++) {
    const start = offset + row * stride;
    if (beta === 0) c.fill(0, start, start + n);
    else if (beta !== 1) for (let column = start; column < start + n; column++) c[column] = beta * c[column];
  }
}
