/**
 * The stable log of a sum of exponentials.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import { keptShape, viewAs, type Axes } from './gradient-shapes.js';
import type { Input, Variable } from './variable.js';

// A primitive rather than log(sum(exp(x))): that composition overflows for x > 88 in float32.
const logSumExpOp = defineOp({
  name: 'logSumExp',
  forward: ([x], { axes, keepDims }: { axes: Axes | undefined; keepDims: boolean }) => raw.logSumExp(x, axes, keepDims),
  // d/dx log Σ e^x = softmax(x), recomputed from x with the max subtracted: e^(x − out) would
  // inherit out's float32 rounding, which is ~3e-5 relative when out is near 1000.
  backward: (gradOutput, { inputs: [x], options: { axes } }) => {
    const exponentials = raw.exp(raw.sub(x, raw.max(x, axes, true)));
    const softmax = raw.div(exponentials, raw.sum(exponentials, axes, true));
    return [raw.mul(viewAs(gradOutput, keptShape(x.shape, axes)), softmax)];
  },
});

/**
 * log Σ e^x over `axes` (all by default), computed stably as m + log Σ e^(x − m)
 * with m the maximum. Gradient: the softmax of x over the same axes.
 *
 * Shapes: as {@link sum}.
 *
 * @example
 * ```ts
 * logSumExp(variable([1000, 1000])).item() // 1000.6931
 * ```
 */
export function logSumExp(x: Input, axes?: Axes, keepDims = false): Variable {
  return logSumExpOp([x], { axes, keepDims });
}
