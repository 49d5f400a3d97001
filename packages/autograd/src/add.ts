/**
 * Addition with broadcasting, and the ops composed from it: subtraction and negation.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import { reduceTo } from './gradient-shapes.js';
import { mul } from './mul.js';
import type { Input, Variable } from './variable.js';

const addOp = defineOp({
  name: 'add',
  forward: ([a, b]) => raw.add(a, b),
  backward: (gradOutput, { inputs: [a, b], needsInputGrad }) => [
    needsInputGrad[0] ? reduceTo(gradOutput, a.shape) : null,
    needsInputGrad[1] ? reduceTo(gradOutput, b.shape) : null,
  ],
});

/**
 * Elementwise a + b with NumPy broadcasting. Gradient: the output gradient,
 * summed over the axes each input was broadcast along.
 *
 * Shapes: `a` and `b` broadcast to the output's shape, e.g. [2,3] + [3] → [2,3].
 *
 * @example
 * ```ts
 * add(variable([[1, 2], [3, 4]]), 10).value.toArray() // [[11, 12], [13, 14]]
 * ```
 */
export function add(a: Input, b: Input): Variable {
  return addOp([a, b]);
}

/**
 * Elementwise a − b with broadcasting, composed as a + (−b).
 *
 * Shapes: as {@link add}.
 *
 * @example
 * ```ts
 * sub(variable([5, 7]), variable([1, 2])).value.toArray() // [4, 5]
 * ```
 */
export function sub(a: Input, b: Input): Variable {
  return add(a, neg(b));
}

/**
 * Elementwise −x, composed as x · (−1). Gradient −1.
 *
 * Shapes: any; the output has x's shape.
 *
 * @example
 * ```ts
 * neg(variable([1, -2])).value.toArray() // [-1, 2]
 * ```
 */
export function neg(x: Input): Variable {
  return mul(x, -1);
}
