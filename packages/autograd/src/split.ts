/**
 * Cutting along an axis: split (an op with several outputs), and chunk composed from it.
 */
import * as raw from '@mnemo/tensor';
import { defineOp, valueOf } from './define-op.js';
import type { Input, Variable } from './variable.js';

const splitOp = defineOp({
  name: 'split',
  forward: ([x], { sizes, axis }: { sizes: readonly number[]; axis: number }) => ({ outputs: raw.split(x, sizes, axis) }),
  // The pieces' gradients joined back; a piece no gradient reached contributes zeros.
  backward: (gradOutputs, { outputs, options: { axis } }) => [
    raw.concat(gradOutputs.map((gradient, index) => gradient ?? raw.zerosLike(outputs[index])), axis),
  ],
});

/**
 * Cuts x along `axis` into pieces of the given sizes: one op with one output
 * per piece. Gradient: the pieces' gradients concatenated (zeros for pieces
 * that were not used).
 *
 * Shapes: `sizes` sum to x.shape[axis]; piece i has x's shape with sizes[i] on `axis`.
 *
 * @example
 * ```ts
 * const [left, right] = split(variable([1, 2, 3, 4, 5]), [2, 3]);
 * right.value.toArray() // [3, 4, 5]
 * ```
 */
export function split(x: Input, sizes: readonly number[], axis = 0): Variable[] {
  return splitOp([x], { sizes, axis });
}

/**
 * Cuts x along `axis` into pieces of ceil(n / count) elements, the last one
 * possibly smaller (as PyTorch's chunk, so there may be fewer than `count`
 * pieces). Composed as a split.
 *
 * Shapes: n = x.shape[axis]; every piece has x's shape except on `axis`.
 *
 * @example
 * ```ts
 * chunk(variable([0, 1, 2, 3, 4]), 2).map((piece) => piece.shape) // [[3], [2]]
 * ```
 */
export function chunk(x: Input, count: number, axis = 0): Variable[] {
  const label = 'chunk(x, count, axis)';
  const shape = valueOf('chunk', x, 0).shape;
  if (!Number.isInteger(count) || count < 1) throw new raw.ValueError(`${label}: count must be a positive integer, got ${String(count)}`);
  const resolved = axis < 0 ? axis + shape.length : axis;
  if (!Number.isInteger(axis) || resolved < 0 || resolved >= shape.length) {
    throw new raw.IndexError(`${label}: axis ${String(axis)} is out of range for x ${raw.formatShape(shape)}`);
  }
  const length = shape[resolved];
  const pieceSize = Math.max(1, Math.ceil(length / count));
  const sizes: number[] = [];
  for (let start = 0; start < length; start += pieceSize) sizes.push(Math.min(pieceSize, length - start));
  return split(x, sizes.length === 0 ? [0] : sizes, axis);
}
