/**
 * Reshaping, and the ops composed from it: expandDims and squeeze.
 */
import * as raw from '@mnemo/tensor';
import { defineOp, valueOf } from './define-op.js';
import { viewAs } from './gradient-shapes.js';
import type { Input, Variable } from './variable.js';

const reshapeOp = defineOp({
  name: 'reshape',
  forward: ([x], shape: raw.Shape) => raw.reshape(x, shape),
  backward: (gradOutput, { inputs: [x] }) => [viewAs(gradOutput, x.shape)],
});

/**
 * The same elements in row-major order with another shape (one size may be
 * −1: inferred). Shares the data. Gradient: the output gradient reshaped back.
 *
 * Shapes: `shape` must have x's number of elements.
 *
 * @example
 * ```ts
 * reshape(variable([1, 2, 3, 4, 5, 6]), [2, -1]).shape // [2, 3]
 * ```
 */
export function reshape(x: Input, shape: raw.Shape): Variable {
  return reshapeOp([x], shape);
}

/**
 * Inserts an axis of size 1 at `axis` (in [−rank−1, rank]), composed as a
 * reshape.
 *
 * @example
 * ```ts
 * expandDims(variable([1, 2]), 0).shape  // [1, 2]
 * expandDims(variable([1, 2]), -1).shape // [2, 1]
 * ```
 */
export function expandDims(x: Input, axis: number): Variable {
  return reshape(x, raw.expandDims(valueOf('expandDims', x, 0), axis).shape);
}

/**
 * Removes axes of size 1: the given ones (ShapeError if one is not size 1),
 * or all of them. Composed as a reshape.
 *
 * @example
 * ```ts
 * squeeze(variable([[[1], [2]]])).shape    // [2]
 * squeeze(variable([[[1], [2]]]), 0).shape // [2, 1]
 * ```
 */
export function squeeze(x: Input, axes?: number | readonly number[]): Variable {
  return reshape(x, raw.squeeze(valueOf('squeeze', x, 0), axes).shape);
}
