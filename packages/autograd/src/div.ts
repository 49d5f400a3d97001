/**
 * Division with broadcasting, and reciprocal composed from it.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import { reduceTo } from './gradient-shapes.js';
import type { Input, Variable } from './variable.js';

// A primitive rather than a · (1/b): a/b is correctly rounded, a · (1/b) rounds twice.
const divOp = defineOp({
  name: 'div',
  forward: ([a, b]) => raw.div(a, b),
  backward: (gradOutput, { inputs: [a, b], output, needsInputGrad }) => [
    needsInputGrad[0] ? reduceTo(raw.div(gradOutput, b), a.shape) : null,
    needsInputGrad[1] ? reduceTo(raw.neg(raw.div(raw.mul(gradOutput, output), b)), b.shape) : null,
  ],
});

/**
 * Elementwise a / b with NumPy broadcasting. Gradients: g/b for a and
 * −g·(a/b)/b for b, each summed back to its input's shape. Division by zero
 * gives ±Infinity or NaN, as in IEEE arithmetic.
 *
 * Shapes: `a` and `b` broadcast to the output's shape.
 *
 * @example
 * ```ts
 * div(variable([1, 2]), 4).value.toArray() // [0.25, 0.5]
 * ```
 */
export function div(a: Input, b: Input): Variable {
  return divOp([a, b]);
}

/**
 * Elementwise 1/x, composed as div(1, x). Gradient −1/x².
 *
 * Shapes: any; the output has x's shape.
 *
 * @example
 * ```ts
 * reciprocal(variable([2, -4])).value.toArray() // [0.5, -0.25]
 * ```
 */
export function reciprocal(x: Input): Variable {
  return div(1, x);
}
