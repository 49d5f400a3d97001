/**
 * The kernel behind every elementwise unary op (neg, exp, ...): one flat loop,
 * specialised per op so V8 inlines the scalar function (see `specialize`).
 */
import { specialize } from './specialize.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/** A scalar function of one float64 value. */
export type UnaryScalarOp = (x: number) => number;

/** `out[i] = op(input[i])`. Self-contained: recompiled from source per op. */
function unaryWalk(op: UnaryScalarOp, input: Float32Array, out: Float32Array): void {
  const length = out.length;
  for (let i = 0; i < length; i++) out[i] = op(input[i]);
}

/**
 * Builds an elementwise unary op `(t) => Tensor` from a scalar function.
 * `name` is the op's public name, used in error messages (`exp(t): ...`).
 */
export function unaryElementwise(name: string, op: UnaryScalarOp): (t: TensorLike) => Tensor {
  const label = `${name}(t)`;
  const kernel = specialize(name, unaryWalk, op, (compiled) => {
    const probeOut = new Float32Array(1);
    compiled(new Float32Array([0.5]), probeOut);
    if (!Object.is(probeOut[0], Math.fround(op(0.5)))) throw new Error('probe mismatch');
  });
  return (t: TensorLike): Tensor => {
    const input = toTensor(label, 't', t);
    const out = new Float32Array(input.size);
    kernel()(input.data, out);
    return new Tensor(out, input.shape);
  };
}
