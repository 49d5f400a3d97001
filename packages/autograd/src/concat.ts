/**
 * Joining along an axis: concat, and stack composed from it.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import { expandDims } from './reshape.js';
import type { Input, Variable } from './variable.js';

const concatOp = defineOp({
  name: 'concat',
  forward: (parts, axis: number) => raw.concat(parts, axis),
  // Each input gets its own stretch of the output gradient.
  backward: (gradOutput, { inputs, options: axis }) => {
    const resolved = axis < 0 ? axis + gradOutput.rank : axis;
    return raw.split(gradOutput, inputs.map((part) => part.shape[resolved]), resolved);
  },
});

/**
 * Joins inputs along an existing axis. Gradient: the output gradient split
 * back into each input's stretch.
 *
 * Shapes: every input has the same rank (≥ 1) and sizes except on `axis`,
 * where the output's size is the sum.
 *
 * @example
 * ```ts
 * concat([variable([[1, 2]]), variable([[3, 4], [5, 6]])]).shape // [3, 2]
 * ```
 */
export function concat(inputs: readonly Input[], axis = 0): Variable {
  return concatOp(inputs, axis);
}

/**
 * Joins inputs of the same shape along a new axis, composed as expandDims of
 * each, then concat.
 *
 * Shapes: every input is [d0, ..., dn]; the output has a new axis of size
 * `inputs.length` at `axis` (in [−rank−1, rank]).
 *
 * @example
 * ```ts
 * stack([variable([1, 2]), variable([3, 4])], 1).value.toArray() // [[1, 3], [2, 4]]
 * ```
 */
export function stack(inputs: readonly Input[], axis = 0): Variable {
  if (!Array.isArray(inputs) || inputs.length === 0) {
    throw new raw.ValueError('stack(inputs, axis): needs a non-empty array of inputs');
  }
  return concat(inputs.map((input) => expandDims(input, axis)), axis);
}
