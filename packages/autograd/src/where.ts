/**
 * Elementwise selection by a condition.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import { reduceTo } from './gradient-shapes.js';
import type { Input, Variable } from './variable.js';

const whereOp = defineOp({
  name: 'where',
  forward: ([condition, a, b]) => raw.where(condition, a, b),
  backward: (gradOutput, { inputs: [condition, a, b], needsInputGrad }) => [
    null,
    needsInputGrad[1] ? reduceTo(raw.where(condition, gradOutput, 0), a.shape) : null,
    needsInputGrad[2] ? reduceTo(raw.where(condition, 0, gradOutput), b.shape) : null,
  ],
});

/**
 * Picks a where `condition` is nonzero and b elsewhere. The gradient goes to
 * whichever input was picked; `condition` gets none (it is a constant, even
 * when passed as a Variable).
 *
 * Shapes: `condition`, `a` and `b` broadcast together to the output's shape.
 *
 * @example
 * ```ts
 * where(tensor([1, 0]), variable([1, 2]), 0).value.toArray() // [1, 0]
 * ```
 */
export function where(condition: Input, a: Input, b: Input): Variable {
  return whereOp([condition, a, b]);
}
