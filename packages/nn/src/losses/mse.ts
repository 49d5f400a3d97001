/**
 * Mean squared error.
 */
import { square, sub, type Input, type Variable } from '@mnemo/autograd';
import { ShapeError, formatShape, shapesEqual } from '@mnemo/tensor';
import { applyFactor, checkReduction, reduceLoss, weightAndMask, type LossConstant, type Reduction } from './reduction.js';

/** Options for {@link mse}. */
export interface MseOptions {
  /** 'mean' (default), 'sum' or 'none'. */
  reduction?: Reduction;
  /** Per-element rescaling, broadcast to the prediction's shape; the mean still divides by the element count. */
  weight?: LossConstant;
  /** Per-element (or per-sample, broadcast) mask or weights >= 0; the mean divides by the mask's total. */
  mask?: LossConstant;
}

const OP = 'mse(prediction, target)';

/**
 * Mean squared error, composed from differentiable ops (gradients flow to
 * both arguments when they are Variables):
 *
 * l = (prediction − target)², then the `weight`/`mask` factors and the reduction.
 *
 * Shapes: `prediction` and `target` have the same shape (no broadcasting, so a
 * [N, 1] vs [N] slip is an error, not an [N, N] loss); the result is a
 * scalar, or that shape with `reduction: 'none'`.
 *
 * @example
 * ```ts
 * mse(variable([1, 2, 3]), tensor([1, 2, 5])).item()                      // 4/3
 * mse(variable([1, 2, 3]), tensor([1, 2, 5]), { mask: [1, 1, 0] }).item() // 0
 * ```
 */
export function mse(prediction: Input, target: Input, options: MseOptions = {}): Variable {
  const reduction = checkReduction(OP, options.reduction ?? 'mean');
  const shape = typeof prediction === 'number' ? [] : prediction.shape;
  const targetShape = typeof target === 'number' ? [] : target.shape;
  if (!shapesEqual(shape, targetShape)) {
    throw new ShapeError(`${OP}: prediction is ${formatShape(shape)}, target is ${formatShape(targetShape)}; the shapes must match`);
  }
  const losses = square(sub(prediction, target));
  const { factor, denominator } = weightAndMask(OP, shape, losses.size, options.weight, options.mask);
  return reduceLoss(applyFactor(losses, factor, shape), reduction, denominator);
}
