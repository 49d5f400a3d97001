/**
 * Multiplication with broadcasting, and square composed from it.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import { reduceTo } from './gradient-shapes.js';
import type { Input, Variable } from './variable.js';

const mulOp = defineOp({
  name: 'mul',
  forward: ([a, b]) => raw.mul(a, b),
  backward: (gradOutput, { inputs: [a, b], needsInputGrad }) => [
    needsInputGrad[0] ? reduceTo(raw.mul(gradOutput, b), a.shape) : null,
    needsInputGrad[1] ? reduceTo(raw.mul(gradOutput, a), b.shape) : null,
  ],
});

/**
 * Elementwise a · b with NumPy broadcasting. Gradients: g·b for a and g·a
 * for b, each summed back to its input's shape.
 *
 * Shapes: `a` and `b` broadcast to the output's shape.
 *
 * @example
 * ```ts
 * mul(variable([1, 2, 3]), 2).value.toArray() // [2, 4, 6]
 * ```
 */
export function mul(a: Input, b: Input): Variable {
  return mulOp([a, b]);
}

/**
 * Elementwise x², composed as x · x (the gradient 2x comes from both factors).
 *
 * Shapes: any; the output has x's shape.
 *
 * @example
 * ```ts
 * square(variable([-3, 2])).value.toArray() // [9, 4]
 * ```
 */
export function square(x: Input): Variable {
  return mul(x, x);
}
