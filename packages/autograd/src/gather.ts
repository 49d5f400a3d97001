/**
 * Picking slices by index (an embedding lookup), with scatterAdd as its gradient.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import type { Input, Variable } from './variable.js';

const gatherOp = defineOp({
  name: 'gather',
  forward: ([table], { indices, axis }: { indices: raw.Indices; axis: number }) => raw.gather(table, indices, axis),
  // Each picked slice's gradient is added back to the row it came from (repeats accumulate).
  backward: (gradOutput, { inputs: [table], options: { indices, axis } }) => [raw.scatterAdd(gradOutput, indices, table.shape, axis)],
});

/**
 * Picks slices of `table` along `axis` by integer index: out[..., i, ...] =
 * table[..., indices[i], ...]; with axis 0, an embedding lookup. Gradient:
 * scatterAdd of the output gradient into a zero table (rows picked several
 * times accumulate). The indices are constants.
 *
 * Shapes: table.shape[:axis] + indices.shape + table.shape[axis+1:]; an
 * array or Int32Array of indices has shape [length].
 *
 * @example
 * ```ts
 * const embedding = parameter([[0, 0], [1, 1], [2, 2]]);
 * gather(embedding, [2, 0, 2]).value.toArray() // [[2, 2], [0, 0], [2, 2]]
 * ```
 */
export function gather(table: Input, indices: raw.Indices, axis = 0): Variable {
  return gatherOp([table], { indices, axis });
}
