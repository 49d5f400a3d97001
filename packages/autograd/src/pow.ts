/**
 * Elementwise power with broadcasting.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import { reduceTo } from './gradient-shapes.js';
import type { Input, Variable } from './variable.js';

const powOp = defineOp({
  name: 'pow',
  forward: ([base, exponent]) => raw.pow(base, exponent),
  backward: (gradOutput, { inputs: [base, exponent], output, needsInputGrad }) => [
    // d/da a^b = b·a^(b−1); taken as 0 where b = 0 (a^0 is constant, even at a = 0).
    needsInputGrad[0]
      ? reduceTo(raw.mul(gradOutput, raw.where(raw.equal(exponent, 0), 0, raw.mul(exponent, raw.pow(base, raw.sub(exponent, 1))))), base.shape)
      : null,
    // d/db a^b = a^b·log a; taken as 0 where a = 0 (the limit for b > 0); NaN for a < 0, where a^b is not real.
    needsInputGrad[1]
      ? reduceTo(raw.mul(gradOutput, raw.where(raw.equal(base, 0), 0, raw.mul(output, raw.log(base)))), exponent.shape)
      : null,
  ],
});

/**
 * Elementwise a^b with NumPy broadcasting. Gradients: b·a^(b−1) for the base
 * (0 where b = 0) and a^b·log(a) for the exponent (0 where a = 0, NaN where
 * a < 0 since a^b is then not a real function of b), as PyTorch.
 *
 * Shapes: `a` and `b` broadcast to the output's shape.
 *
 * @example
 * ```ts
 * pow(variable([2, 3]), 2).value.toArray() // [4, 9]
 * ```
 */
export function pow(a: Input, b: Input): Variable {
  return powOp([a, b]);
}
