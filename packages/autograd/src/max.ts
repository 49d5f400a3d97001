/**
 * Maximum and minimum over axes.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import { keptShape, viewAs, type Axes } from './gradient-shapes.js';
import type { Input, Variable } from './variable.js';

interface ReductionOptions {
  axes: Axes | undefined;
  keepDims: boolean;
}

/** max or min over axes; the gradient is shared evenly by the elements equal to the result. */
function extremumOp(name: string, reduce: (x: raw.Tensor, axes: Axes | undefined, keepDims: boolean) => raw.Tensor) {
  return defineOp({
    name,
    forward: ([x], { axes, keepDims }: ReductionOptions) => reduce(x, axes, keepDims),
    backward: (gradOutput, { inputs: [x], output, options: { axes } }) => {
      const kept = keptShape(x.shape, axes);
      const isExtremum = raw.equal(x, viewAs(output, kept));
      const share = raw.div(viewAs(gradOutput, kept), raw.sum(isExtremum, axes, true));
      return [raw.mul(isExtremum, share)];
    },
  });
}

const maxOp = extremumOp('max', raw.max);
const minOp = extremumOp('min', raw.min);

/**
 * Largest value over `axes` (all by default). The gradient goes to the
 * position of the maximum; when several elements tie for it, they share the
 * gradient equally (as PyTorch's amax), so the total is preserved.
 *
 * Shapes: as {@link sum}: reduced axes dropped, or kept as size 1 with `keepDims`.
 *
 * @example
 * ```ts
 * max(variable([[1, 5], [7, 2]]), 1).value.toArray() // [5, 7]
 * ```
 */
export function max(x: Input, axes?: Axes, keepDims = false): Variable {
  return maxOp([x], { axes, keepDims });
}

/**
 * Smallest value over `axes` (all by default). The gradient goes to the
 * position of the minimum, shared equally among ties.
 *
 * Shapes: as {@link sum}.
 *
 * @example
 * ```ts
 * min(variable([[1, 5], [7, 2]]), 0).value.toArray() // [1, 2]
 * ```
 */
export function min(x: Input, axes?: Axes, keepDims = false): Variable {
  return minOp([x], { axes, keepDims });
}
