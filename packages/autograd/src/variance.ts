/**
 * Variance over axes.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import { keptShape, reducedCount, viewAs, type Axes } from './gradient-shapes.js';
import type { Input, Variable } from './variable.js';

interface VarianceOptions {
  axes: Axes | undefined;
  keepDims: boolean;
  correction: number;
}

// A primitive rather than mean(square(x − mean(x))): one two-pass kernel
// forward, and a one-line backward instead of five recorded ops.
const varianceOp = defineOp({
  name: 'variance',
  forward: ([x], { axes, keepDims, correction }: VarianceOptions) => raw.variance(x, axes, keepDims, correction),
  // d/dx Σ(x − μ)²/(n − c) = 2(x − μ)/(n − c); the μ terms cancel because Σ(x − μ) = 0.
  backward: (gradOutput, { inputs: [x], options: { axes, correction } }) => {
    const scale = 2 / (reducedCount(x.shape, axes) - correction);
    const deviation = raw.sub(x, raw.mean(x, axes, true));
    return [raw.mul(deviation, raw.mul(viewAs(gradOutput, keptShape(x.shape, axes)), scale))];
  },
});

/**
 * Variance over `axes` (all by default): Σ (x − mean)² / (n − correction),
 * n the number of reduced elements; correction 0 (default) is the population
 * variance, 1 the unbiased sample variance. Gradient 2(x − mean)/(n − correction).
 *
 * Shapes: as {@link sum}.
 *
 * @example
 * ```ts
 * variance(variable([1, 2, 3, 4])).item() // 1.25
 * ```
 */
export function variance(x: Input, axes?: Axes, keepDims = false, correction = 0): Variable {
  return varianceOp([x], { axes, keepDims, correction });
}
