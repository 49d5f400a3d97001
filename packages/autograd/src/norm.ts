/**
 * Vector norms over axes.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import { keptShape, viewAs, type Axes } from './gradient-shapes.js';
import type { Input, Variable } from './variable.js';

/** Which norm: 1 (Σ|x|), 2 (√Σx², the default) or Infinity (max |x|). */
export type NormOrder = 1 | 2 | typeof Infinity;

interface NormOptions {
  axes: Axes | undefined;
  keepDims: boolean;
  ord: NormOrder;
}

// A primitive rather than sqrt(sum(square(x))): the composition's gradient is 0/0 = NaN at x = 0.
const normOp = defineOp({
  name: 'norm',
  forward: ([x], { axes, keepDims, ord }: NormOptions) => raw.norm(x, axes, keepDims, ord),
  backward: (gradOutput, { inputs: [x], output, options: { axes, ord } }) => {
    const kept = keptShape(x.shape, axes);
    const grad = viewAs(gradOutput, kept);
    const result = viewAs(output, kept);
    if (ord === 1) return [raw.mul(grad, raw.sign(x))];
    if (ord === 2) return [raw.mul(raw.div(x, raw.where(result, result, 1)), grad)]; // x/‖x‖, and 0 where ‖x‖ = 0
    const isExtremum = raw.mul(raw.equal(raw.abs(x), result), raw.sign(x));
    return [raw.mul(isExtremum, raw.div(grad, raw.maximum(raw.sum(raw.abs(isExtremum), axes, true), 1)))];
  },
});

/**
 * The vector norm over `axes` (all by default): ord 2 is √(Σ x²), ord 1 is
 * Σ|x|, ord Infinity is max|x|. Gradients: x/‖x‖ (0 at x = 0: the
 * subgradient), sign(x), and sign(x) at the largest |x| (shared among ties).
 *
 * Shapes: as {@link sum}.
 *
 * @example
 * ```ts
 * norm(variable([3, 4])).item() // 5
 * ```
 */
export function norm(x: Input, axes?: Axes, keepDims = false, ord: NormOrder = 2): Variable {
  return normOp([x], { axes, keepDims, ord });
}
