/**
 * `matMul`: matrix product of tensors, batched with NumPy broadcasting.
 */
import { ShapeError, ValueError } from './errors.js';
import { broadcastShapes } from './broadcast.js';
import { gemm } from './gemm.js';
import { formatShape, sizeOf, type Shape } from './shape.js';
import { isTensor, Tensor } from './tensor.js';

/** Options of {@link matMul}. */
export interface MatMulOptions {
  /** Multiply by the transpose of a's last two axes: a is [..., k, m]. Default false. */
  transposeA?: boolean;
  /** Multiply by the transpose of b's last two axes: b is [..., n, k]. Default false. */
  transposeB?: boolean;
}

/**
 * Matrix product over the last two axes, batched over the leading ones:
 * `out[..., i, j] = Σ_p op(a)[..., i, p] · op(b)[..., p, j]`, where op
 * transposes the last two axes when the matching option is set.
 *
 * Shapes: a is [..., m, k] (or [..., k, m] with `transposeA`), b is
 * [..., k, n] (or [..., n, k] with `transposeB`); the leading batch axes
 * broadcast NumPy-style (a [2,1,3,4] with b [5,4,6] gives [2,5,3,6]); the
 * result is [...batch, m, n]. Both inputs need rank >= 2: make a vector a row
 * with `expandDims(v, 0)` or a column with `expandDims(v, -1)`. Transposes
 * and broadcast batches are read in place, never copied; products accumulate
 * in float64 (see {@link gemm}, the kernel underneath).
 *
 * @example
 * ```ts
 * matMul(tensor([[1, 2], [3, 4]]), tensor([[5], [6]])).toArray() // [[17], [39]]
 * matMul(x, w, { transposeB: true }) // x [batch, in] times w [out, in] -> [batch, out]
 * matMul(zeros([2, 3]), zeros([4, 5]))
 * // ShapeError: matMul(a, b): a is [2,3], b is [4,5]; inner sizes 3 and 4 differ
 * ```
 */
export function matMul(a: Tensor, b: Tensor, options: MatMulOptions = {}): Tensor {
  const transposeA = checkOption(options, 'transposeA');
  const transposeB = checkOption(options, 'transposeB');
  checkOperand(transposeA, transposeB, 'a', a, 'expandDims(a, 0) to make a row vector');
  checkOperand(transposeA, transposeB, 'b', b, 'expandDims(b, -1) to make a column vector');

  const rankA = a.shape.length;
  const rankB = b.shape.length;
  const m = a.shape[transposeA ? rankA - 1 : rankA - 2];
  const kA = a.shape[transposeA ? rankA - 2 : rankA - 1];
  const kB = b.shape[transposeB ? rankB - 1 : rankB - 2];
  const n = b.shape[transposeB ? rankB - 2 : rankB - 1];
  if (kA !== kB) {
    throw new ShapeError(`${describe(transposeA, transposeB)}: ${bothShapes(a, b)}; inner sizes ${kA} and ${kB} differ`);
  }
  const k = kA;

  const batchA = a.shape.slice(0, -2);
  const batchB = b.shape.slice(0, -2);
  let batch: number[];
  try {
    batch = broadcastShapes(batchA, batchB, 'matMul(a, b)');
  } catch (error) {
    if (!ShapeError.isInstance(error)) throw error;
    const message = `${describe(transposeA, transposeB)}: ${bothShapes(a, b)}; batch axes ${formatShape(batchA)} and ${formatShape(batchB)} do not broadcast`;
    throw new ShapeError(message, { cause: error });
  }

  const batchCount = sizeOf(batch);
  const out = new Float32Array(batchCount * m * n);
  if (out.length === 0) return new Tensor(out, [...batch, m, n]);
  const lda = transposeA ? m : k;
  const ldb = transposeB ? k : n;

  if (sizeOf(batchB) === 1 && !transposeA) {
    // One shared b and a contiguous stack of a's: a single product with
    // batchCount * m rows ([B, T, in] @ [in, out] is one big matrix product).
    gemm({ m: batchCount * m, n, k, a: a.data, lda, b: b.data, ldb, transB: transposeB, c: out });
    return new Tensor(out, [...batch, m, n]);
  }

  const stridesA = batchStrides(batchA, batch, m * k);
  const stridesB = batchStrides(batchB, batch, k * n);
  const index = new Array<number>(batch.length).fill(0);
  let aOffset = 0;
  let bOffset = 0;
  for (let item = 0; item < batchCount; item++) {
    gemm({ m, n, k, a: a.data, aOffset, lda, transA: transposeA, b: b.data, bOffset, ldb, transB: transposeB, c: out, cOffset: item * m * n });
    // Advance the batch index like an odometer, updating both offsets.
    for (let axis = batch.length - 1; axis >= 0; axis--) {
      index[axis]++;
      aOffset += stridesA[axis];
      bOffset += stridesB[axis];
      if (index[axis] < batch[axis]) break;
      aOffset -= stridesA[axis] * batch[axis];
      bOffset -= stridesB[axis] * batch[axis];
      index[axis] = 0;
    }
  }
  return new Tensor(out, [...batch, m, n]);
}

/**
 * Element strides of an operand's batch axes aligned to the broadcast batch
 * shape: 0 where the operand's axis is missing or has size 1.
 */
function batchStrides(operandBatch: Shape, batch: Shape, matrixSize: number): number[] {
  const strides = new Array<number>(batch.length).fill(0);
  let stride = matrixSize;
  for (let axis = operandBatch.length - 1; axis >= 0; axis--) {
    const target = axis + batch.length - operandBatch.length;
    strides[target] = operandBatch[axis] === 1 ? 0 : stride;
    stride *= operandBatch[axis];
  }
  return strides;
}

/** The call as error messages show it: `matMul(a, b)`, with the transpose flags that are set. */
function describe(transposeA: boolean, transposeB: boolean): string {
  const flags = [transposeA ? 'transposeA: true' : '', transposeB ? 'transposeB: true' : ''].filter(Boolean);
  return flags.length === 0 ? 'matMul(a, b)' : `matMul(a, b, { ${flags.join(', ')} })`;
}

function bothShapes(a: Tensor, b: Tensor): string {
  return `a is ${formatShape(a.shape)}, b is ${formatShape(b.shape)}`;
}

function checkOperand(transposeA: boolean, transposeB: boolean, name: string, value: unknown, hint: string): void {
  if (!isTensor(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array (wrap it with tensor())' : typeof value;
    throw new ValueError(`${describe(transposeA, transposeB)}: ${name} must be a Tensor, got ${kind}`);
  }
  if (value.shape.length < 2) {
    const rank = value.shape.length;
    throw new ShapeError(`${describe(transposeA, transposeB)}: ${name} is ${formatShape(value.shape)} (rank ${rank}); matMul needs rank >= 2, use ${hint}`);
  }
}

function checkOption(options: MatMulOptions, name: 'transposeA' | 'transposeB'): boolean {
  if (typeof options !== 'object' || options === null) throw new ValueError(`matMul(a, b, options): options must be an object, got ${String(options)}`);
  const value: unknown = options[name];
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new ValueError(`matMul(a, b, options): ${name} must be a boolean, got ${String(value)}`);
  return value;
}
