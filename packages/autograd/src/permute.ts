/**
 * Reordering axes: permute and transpose.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import type { Input, Variable } from './variable.js';

const permuteOp = defineOp({
  name: 'permute',
  forward: ([x], axes: readonly number[]) => raw.permute(x, axes),
  // The inverse permutation: output axis k came from input axis axes[k].
  backward: (gradOutput, { inputs: [x], options: axes }) => {
    const inverse = new Array<number>(x.rank);
    axes.forEach((axis, position) => (inverse[axis < 0 ? axis + x.rank : axis] = position));
    return [raw.permute(gradOutput, inverse)];
  },
});

// A primitive rather than a permute with two axes swapped: the error messages
// name transpose and its arguments, and the backward is the same swap.
const transposeOp = defineOp({
  name: 'transpose',
  forward: ([x], { axis0, axis1 }: { axis0: number; axis1: number }) => raw.transpose(x, axis0, axis1),
  backward: (gradOutput, { options: { axis0, axis1 } }) => [raw.transpose(gradOutput, axis0, axis1)],
});

/**
 * Reorders the axes: output axis k is input axis `axes[k]`. Gradient: the
 * inverse permutation of the output gradient.
 *
 * Shapes: `axes` is a permutation of 0..rank−1 (negative axes allowed).
 *
 * @example
 * ```ts
 * permute(variable(zeros([2, 3, 4])), [2, 0, 1]).shape // [4, 2, 3]
 * ```
 */
export function permute(x: Input, axes: readonly number[]): Variable {
  return permuteOp([x], axes);
}

/**
 * Swaps two axes, by default the last two (the matrix transpose of each
 * matrix in a batch). Gradient: the same swap.
 *
 * Shapes: [..., m, n] becomes [..., n, m]; x must have rank ≥ 2.
 *
 * @example
 * ```ts
 * transpose(variable([[1, 2, 3], [4, 5, 6]])).value.toArray() // [[1, 4], [2, 5], [3, 6]]
 * ```
 */
export function transpose(x: Input, axis0 = -2, axis1 = -1): Variable {
  return transposeOp([x], { axis0, axis1 });
}
