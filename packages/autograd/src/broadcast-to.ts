/**
 * Broadcasting to a shape explicitly.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import { reduceTo } from './gradient-shapes.js';
import type { Input, Variable } from './variable.js';

const broadcastToOp = defineOp({
  name: 'broadcastTo',
  forward: ([x], shape: raw.Shape) => raw.broadcastTo(x, shape),
  backward: (gradOutput, { inputs: [x] }) => [reduceTo(gradOutput, x.shape)],
});

/**
 * Repeats x along its size-1 and missing leading axes to fill `shape`.
 * Gradient: sumTo, the output gradient summed back to x's shape.
 *
 * Shapes: x must broadcast to `shape`, e.g. [3] or [1, 3] to [2, 3].
 *
 * @example
 * ```ts
 * broadcastTo(variable([1, 2, 3]), [2, 3]).value.toArray() // [[1, 2, 3], [1, 2, 3]]
 * ```
 */
export function broadcastTo(x: Input, shape: raw.Shape): Variable {
  return broadcastToOp([x], shape);
}
