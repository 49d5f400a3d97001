/**
 * The one kernel behind every elementwise binary op (add, mul, comparisons,
 * ...): NumPy broadcasting, float64 arithmetic per element, float32 storage.
 *
 * The operands' index space is coalesced first (see `coalesce`), which turns
 * the common cases into one or two flat loops: same shape and scalar operands
 * walk as `[n]`, `[B,N] + [N]` and `[B,N] + [B,1]` as `[B,N]` with a
 * contiguous or constant inner run. Anything else walks its outer axes with
 * an odometer. Nothing is allocated per element.
 */
import { broadcastShapes } from './broadcast.js';
import { shapesEqual, sizeOf } from './shape.js';
import { specialize } from './specialize.js';
import { broadcastStrides, coalesce } from './strides.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/** A scalar function of two float64 values. */
export type BinaryScalarOp = (x: number, y: number) => number;

/**
 * `out[i] = op(a[ia], b[ib])` over a coalesced walk. Inner strides are 0 or 1
 * (a broadcast or a contiguous operand); outer strides are arbitrary.
 * Self-contained: `specialize` recompiles it from source per op.
 */
function binaryWalk(
  op: BinaryScalarOp,
  a: Float32Array,
  b: Float32Array,
  out: Float32Array,
  shape: readonly number[],
  aStrides: readonly number[],
  bStrides: readonly number[],
): void {
  const rank = shape.length;
  const inner = shape[rank - 1];
  const aInner = aStrides[rank - 1];
  const bInner = bStrides[rank - 1];
  const total = out.length;
  const counter = new Int32Array(rank);
  let aOffset = 0;
  let bOffset = 0;
  for (let outOffset = 0; outOffset < total; outOffset += inner) {
    if (aInner !== 0 && bInner !== 0) {
      for (let j = 0; j < inner; j++) out[outOffset + j] = op(a[aOffset + j], b[bOffset + j]);
    } else if (bInner === 0) {
      const y = b[bOffset];
      for (let j = 0; j < inner; j++) out[outOffset + j] = op(a[aOffset + j], y);
    } else {
      const x = a[aOffset];
      for (let j = 0; j < inner; j++) out[outOffset + j] = op(x, b[bOffset + j]);
    }
    for (let axis = rank - 2; axis >= 0; axis--) {
      aOffset += aStrides[axis];
      bOffset += bStrides[axis];
      if (++counter[axis] < shape[axis]) break;
      counter[axis] = 0;
      aOffset -= aStrides[axis] * shape[axis];
      bOffset -= bStrides[axis] * shape[axis];
    }
  }
}

const FLAT = [1];

/**
 * Builds an elementwise binary op `(a, b) => Tensor` from a scalar function.
 * `name` is the op's public name, used in error messages (`add(a, b): ...`).
 */
export function binaryElementwise(name: string, op: BinaryScalarOp): (a: TensorLike, b: TensorLike) => Tensor {
  const label = `${name}(a, b)`;
  const kernel = specialize(name, binaryWalk, op, (compiled) => {
    const probeOut = new Float32Array(2);
    compiled(new Float32Array([1, 2]), new Float32Array([3]), probeOut, [2], [1], [0]);
    const expected = [Math.fround(op(1, 3)), Math.fround(op(2, 3))];
    if (!Object.is(probeOut[0], expected[0]) || !Object.is(probeOut[1], expected[1])) throw new Error('probe mismatch');
  });
  return (a: TensorLike, b: TensorLike): Tensor => {
    const left = toTensor(label, 'a', a);
    const right = toTensor(label, 'b', b);
    if (shapesEqual(left.shape, right.shape)) {
      const out = new Float32Array(left.size);
      if (out.length > 0) kernel()(left.data, right.data, out, [out.length], FLAT, FLAT);
      return new Tensor(out, left.shape);
    }
    const shape = broadcastShapes(left.shape, right.shape, name);
    const out = new Float32Array(sizeOf(shape));
    if (out.length > 0) {
      const walk = coalesce(shape, [broadcastStrides(left.shape, shape), broadcastStrides(right.shape, shape)]);
      kernel()(left.data, right.data, out, walk.shape, walk.strides[0], walk.strides[1]);
    }
    return new Tensor(out, shape);
  };
}
