/**
 * The elementwise unary primitives: exp, log, sqrt, abs.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import type { Input, Variable } from './variable.js';

const expOp = defineOp({
  name: 'exp',
  forward: ([x]) => raw.exp(x),
  backward: (gradOutput, { output }) => [raw.mul(gradOutput, output)],
});

const logOp = defineOp({
  name: 'log',
  forward: ([x]) => raw.log(x),
  backward: (gradOutput, { inputs: [x] }) => [raw.div(gradOutput, x)],
});

// A primitive rather than pow(x, 0.5): Math.sqrt is correctly rounded and cheaper.
const sqrtOp = defineOp({
  name: 'sqrt',
  forward: ([x]) => raw.sqrt(x),
  backward: (gradOutput, { output }) => [raw.div(gradOutput, raw.mul(output, 2))],
});

const absOp = defineOp({
  name: 'abs',
  forward: ([x]) => raw.abs(x),
  backward: (gradOutput, { inputs: [x] }) => [raw.mul(gradOutput, raw.sign(x))],
});

/**
 * Elementwise e^x. Gradient e^x, taken from the output.
 *
 * Shapes: any; the output has x's shape.
 *
 * @example
 * ```ts
 * exp(variable([0, 1])).value.toArray() // [1, 2.7182817]
 * ```
 */
export function exp(x: Input): Variable {
  return expOp([x]);
}

/**
 * Elementwise natural logarithm (−Infinity at 0, NaN below). Gradient 1/x.
 *
 * Shapes: any; the output has x's shape.
 *
 * @example
 * ```ts
 * log(variable([1, Math.E])).value.toArray() // [0, 1]
 * ```
 */
export function log(x: Input): Variable {
  return logOp([x]);
}

/**
 * Elementwise √x (NaN below 0). Gradient 1/(2√x), taken from the output
 * (Infinity at 0).
 *
 * Shapes: any; the output has x's shape.
 *
 * @example
 * ```ts
 * sqrt(variable([4, 9])).value.toArray() // [2, 3]
 * ```
 */
export function sqrt(x: Input): Variable {
  return sqrtOp([x]);
}

/**
 * Elementwise |x|. Gradient sign(x): the subgradient 0 is used at x = 0.
 *
 * Shapes: any; the output has x's shape.
 *
 * @example
 * ```ts
 * abs(variable([-2, 3])).value.toArray() // [2, 3]
 * ```
 */
export function abs(x: Input): Variable {
  return absOp([x]);
}
