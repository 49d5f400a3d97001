/**
 * A rectangular block of a tensor (tfjs `slice` semantics).
 */
import { IndexError } from './errors.js';
import { formatShape, stridesOf } from './shape.js';
import { copyStrided } from './strided-copy.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/**
 * The block of `t` that starts at `begin` and has `size`, copied.
 * A `begin` shorter than the rank means 0 for the remaining axes; a missing
 * size or -1 means "to the end of that axis". Indices are not negative.
 *
 * Formula: `out[i] = t[begin + i]`.
 * Shapes: `out.shape[k] = size[k]` (or `t.shape[k] - begin[k]` for -1/missing).
 *
 * @example
 * ```ts
 * const t = tensor([[1, 2, 3], [4, 5, 6]]);
 * slice(t, [0, 1], [2, 2]).toArray() // [[2, 3], [5, 6]]
 * slice(t, [1]).toArray()            // [[4, 5, 6]]
 * slice(t, [0, 1], [-1, 1]).toArray() // [[2], [5]]
 * ```
 */
export function slice(t: TensorLike, begin: readonly number[], size?: readonly number[]): Tensor {
  const label = 'slice(t, begin, size)';
  const input = toTensor(label, 't', t);
  const shape = input.shape;
  const where = `for t ${formatShape(shape)}`;
  if (!Array.isArray(begin) || begin.length > input.rank) {
    throw new IndexError(`${label}: begin ${Array.isArray(begin) ? `[${begin.join(',')}]` : String(begin)} has more entries than the rank ${input.rank} of t ${formatShape(shape)}`);
  }
  if (size !== undefined && (!Array.isArray(size) || size.length > input.rank)) {
    throw new IndexError(`${label}: size ${Array.isArray(size) ? `[${size.join(',')}]` : String(size)} has more entries than the rank ${input.rank} of t ${formatShape(shape)}`);
  }
  const start: number[] = [];
  const extent: number[] = [];
  for (let axis = 0; axis < input.rank; axis++) {
    const from = begin[axis] ?? 0;
    if (!Number.isInteger(from) || from < 0 || from > shape[axis]) {
      throw new IndexError(`${label}: begin[${axis}] = ${from} is out of range [0, ${shape[axis]}] ${where}`);
    }
    const requested = size?.[axis] ?? -1;
    const length = requested === -1 ? shape[axis] - from : requested;
    if (!Number.isInteger(length) || length < 0 || from + length > shape[axis]) {
      throw new IndexError(`${label}: size[${axis}] = ${requested} with begin ${from} does not fit axis ${axis} of size ${shape[axis]} ${where}`);
    }
    start.push(from);
    extent.push(length);
  }
  const strides = stridesOf(shape);
  let offset = 0;
  for (let axis = 0; axis < input.rank; axis++) offset += start[axis] * strides[axis];
  const out = new Float32Array(extent.reduce((product, length) => product * length, 1));
  copyStrided(input.data, offset, extent, strides, out, 0, stridesOf(extent));
  return new Tensor(out, extent);
}
