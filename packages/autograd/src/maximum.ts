/**
 * Elementwise maximum and minimum of two inputs, with broadcasting.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import { reduceTo } from './gradient-shapes.js';
import type { Input, Variable } from './variable.js';

/**
 * An elementwise selection op: `choosesA(a, b)` is 1 where a is the result,
 * 0 where b is, 0.5 on ties (the gradient is split evenly, as PyTorch).
 */
function selectionOp(name: string, forward: (a: raw.Tensor, b: raw.Tensor) => raw.Tensor, aWins: (a: raw.Tensor, b: raw.Tensor) => raw.Tensor) {
  return defineOp({
    name,
    forward: ([a, b]) => forward(a, b),
    backward: (gradOutput, { inputs: [a, b], needsInputGrad }) => {
      const shareOfA = raw.add(aWins(a, b), raw.mul(raw.equal(a, b), 0.5));
      return [
        needsInputGrad[0] ? reduceTo(raw.mul(gradOutput, shareOfA), a.shape) : null,
        needsInputGrad[1] ? reduceTo(raw.mul(gradOutput, raw.sub(1, shareOfA)), b.shape) : null,
      ];
    },
  });
}

const maximumOp = selectionOp('maximum', raw.maximum, raw.greater);
const minimumOp = selectionOp('minimum', raw.minimum, raw.less);

/**
 * Elementwise max(a, b) with broadcasting. The gradient goes to the larger
 * input; where a = b it is split half and half.
 *
 * Shapes: `a` and `b` broadcast to the output's shape.
 *
 * @example
 * ```ts
 * maximum(variable([1, 5]), 3).value.toArray() // [3, 5]
 * ```
 */
export function maximum(a: Input, b: Input): Variable {
  return maximumOp([a, b]);
}

/**
 * Elementwise min(a, b) with broadcasting. The gradient goes to the smaller
 * input; where a = b it is split half and half.
 *
 * Shapes: `a` and `b` broadcast to the output's shape.
 *
 * @example
 * ```ts
 * minimum(variable([1, 5]), 3).value.toArray() // [1, 3]
 * ```
 */
export function minimum(a: Input, b: Input): Variable {
  return minimumOp([a, b]);
}
