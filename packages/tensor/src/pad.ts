/**
 * Padding a tensor with a constant border.
 */
import { ShapeError, ValueError } from './errors.js';
import { formatShape, sizeOf, stridesOf } from './shape.js';
import { copyStrided } from './strided-copy.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/**
 * Surrounds `t` with `value`: `paddings[k] = [before, after]` elements are
 * added at the start and end of axis `k` (tfjs `pad`, NumPy constant mode).
 *
 * Shapes: `paddings` has one non-negative integer pair per axis of `t`;
 * `out.shape[k] = before + t.shape[k] + after`.
 *
 * @example
 * ```ts
 * pad(tensor([[1, 2]]), [[1, 0], [0, 2]]).toArray() // [[0, 0, 0, 0], [1, 2, 0, 0]]
 * pad(tensor([1]), [[2, 1]], -1).toArray()          // [-1, -1, 1, -1]
 * ```
 */
export function pad(t: TensorLike, paddings: readonly (readonly [number, number])[], value = 0): Tensor {
  const label = 'pad(t, paddings, value)';
  const input = toTensor(label, 't', t);
  if (!Array.isArray(paddings) || paddings.length !== input.rank) {
    throw new ShapeError(`${label}: paddings needs one [before, after] pair per axis of t ${formatShape(input.shape)}, got ${Array.isArray(paddings) ? paddings.length : typeof paddings}`);
  }
  if (typeof value !== 'number') throw new ValueError(`${label}: value must be a number, got ${typeof value}`);
  const shape: number[] = [];
  paddings.forEach((pair, axis) => {
    const valid = Array.isArray(pair) && pair.length === 2 && pair.every((count) => Number.isInteger(count) && count >= 0);
    if (!valid) {
      throw new ValueError(`${label}: paddings[${axis}] must be [before, after] with non-negative integers, got ${JSON.stringify(pair)}`);
    }
    shape.push(pair[0] + input.shape[axis] + pair[1]);
  });
  const outStrides = stridesOf(shape);
  const out = new Float32Array(sizeOf(shape));
  if (value !== 0) out.fill(value);
  let offset = 0;
  for (let axis = 0; axis < input.rank; axis++) offset += paddings[axis][0] * outStrides[axis];
  copyStrided(input.data, 0, input.shape, stridesOf(input.shape), out, offset, outStrides);
  return new Tensor(out, shape);
}
