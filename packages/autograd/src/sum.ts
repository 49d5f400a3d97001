/**
 * Sum over axes, and mean composed from it.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import { keptShape, reducedCount, viewAs, type Axes } from './gradient-shapes.js';
import { mul } from './mul.js';
import type { Input, Variable } from './variable.js';

interface ReductionOptions {
  axes: Axes | undefined;
  keepDims: boolean;
}

const sumOp = defineOp({
  name: 'sum',
  forward: ([x], { axes, keepDims }: ReductionOptions) => raw.sum(x, axes, keepDims),
  // Every input element contributed once: broadcast the gradient back over the reduced axes.
  backward: (gradOutput, { inputs: [x], options: { axes } }) => [raw.broadcastTo(viewAs(gradOutput, keptShape(x.shape, axes)), x.shape)],
});

/**
 * Sum over `axes` (all by default): out = Σ x along them. Gradient: the
 * output gradient repeated over the reduced axes.
 *
 * Shapes: the reduced axes are dropped, or kept as size 1 with `keepDims`;
 * reducing all axes gives a scalar `[]`. Negative axes count from the end.
 *
 * @example
 * ```ts
 * sum(variable([[1, 2], [3, 4]])).item()             // 10
 * sum(variable([[1, 2], [3, 4]]), 0).value.toArray() // [4, 6]
 * ```
 */
export function sum(x: Input, axes?: Axes, keepDims = false): Variable {
  return sumOp([x], { axes, keepDims });
}

/**
 * Mean over `axes` (all by default), composed as sum · (1/n) with n the
 * number of reduced elements.
 *
 * Shapes: as {@link sum}.
 *
 * @example
 * ```ts
 * mean(variable([[1, 2], [3, 4]]), 1).value.toArray() // [1.5, 3.5]
 * ```
 */
export function mean(x: Input, axes?: Axes, keepDims = false): Variable {
  const total = sum(x, axes, keepDims);
  const shape = typeof x === 'number' ? [] : x.shape;
  return mul(total, 1 / reducedCount(shape, axes));
}
