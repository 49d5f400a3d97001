/**
 * Binary cross-entropy on logits, fused and numerically stable.
 */
import { defineOp, type Input, type Variable } from '@mnemo/autograd';
import { ShapeError, Tensor, ValueError, formatShape, shapesEqual } from '@mnemo/tensor';
import { applyFactor, checkReduction, constantOf, expandConstant, reduceLoss, weightAndMask, type LossConstant, type Reduction } from './reduction.js';

/** Options for {@link binaryCrossEntropyWithLogits}. */
export interface BinaryCrossEntropyOptions {
  /** 'mean' (default), 'sum' or 'none'. */
  reduction?: Reduction;
  /** Per-element rescaling, broadcast to the logits' shape; the mean still divides by the element count (as PyTorch). */
  weight?: LossConstant;
  /** Weight of the positive term, broadcast to the logits' shape (usually one per class, `[C]`); > 1 raises recall. */
  posWeight?: LossConstant;
  /**
   * Per-element (or per-sample, broadcast) mask or weights >= 0, e.g. 0 at
   * padded steps; masked terms count for nothing and the mean divides by the
   * mask's total instead of the element count.
   */
  mask?: LossConstant;
}

const OP = 'binaryCrossEntropyWithLogits(logits, targets)';

interface ElementwiseOptions {
  targets: Float32Array;
  posWeight: Float32Array | null;
}

/** softplus(-x) = log(1 + e^-x), written so that the exponential never overflows. */
function softplusOfNegative(x: number): number {
  return Math.log1p(Math.exp(-Math.abs(x))) + Math.max(-x, 0);
}

/** σ(-x) = 1 / (1 + e^x), stable for any x. */
function sigmoidOfNegative(x: number): number {
  if (x <= 0) return 1 / (1 + Math.exp(x));
  const e = Math.exp(-x);
  return e / (1 + e);
}

// Fused rather than composed as -(y·log σ(x) + (1-y)·log(1-σ(x))): that composition overflows
// to log(0) = -Infinity once |x| passes ~17 in float32 (σ rounds to exactly 0 or 1) and its
// gradient goes through 1/σ(x); the fused form stays finite for any x, and its gradient is
// simply σ(x) - y, one pass with no intermediate tensors.
const elementwiseLoss = defineOp({
  name: 'binaryCrossEntropyWithLogits',
  // l = max(x, 0) - x·y + log(1 + e^-|x|); with a positive weight p: (1-y)·x + (1 + (p-1)·y)·softplus(-x).
  forward: ([logits], { targets, posWeight }: ElementwiseOptions) => {
    const x = logits.data;
    const out = new Float32Array(x.length);
    for (let i = 0; i < x.length; i++) {
      const y = targets[i];
      out[i] = posWeight === null
        ? Math.max(x[i], 0) - x[i] * y + Math.log1p(Math.exp(-Math.abs(x[i])))
        : (1 - y) * x[i] + (1 + (posWeight[i] - 1) * y) * softplusOfNegative(x[i]);
    }
    return new Tensor(out, logits.shape);
  },
  // dl/dx = σ(x) - y = (1 - y) - σ(-x); with a positive weight p: (1 - y) - (1 + (p-1)·y)·σ(-x).
  backward: (gradOutput, { inputs: [logits], options: { targets, posWeight } }) => {
    const x = logits.data;
    const grad = gradOutput.data;
    const gradLogits = new Float32Array(x.length);
    for (let i = 0; i < x.length; i++) {
      const y = targets[i];
      const scale = posWeight === null ? 1 : 1 + (posWeight[i] - 1) * y;
      gradLogits[i] = grad[i] * (1 - y - scale * sigmoidOfNegative(x[i]));
    }
    return [new Tensor(gradLogits, logits.shape)];
  },
});

/**
 * Binary cross-entropy between `sigmoid(logits)` and targets in [0, 1],
 * computed from the logits in one stable pass (no log of 0 for large |x|):
 *
 * l = max(x, 0) − x·y + log(1 + e^−|x|)   (= −y·log σ(x) − (1−y)·log(1−σ(x)))
 *
 * with `posWeight` p: l = (1−y)·x + (1 + (p−1)·y)·log(1 + e^−x). Then the
 * `weight` and `mask` factors and the reduction (see {@link BinaryCrossEntropyOptions}).
 * Gradient with respect to the logits: σ(x) − y (times the factors); none
 * flows to the targets.
 *
 * Shapes: `logits` and `targets` have the same shape (any); the result is a
 * scalar, or that shape with `reduction: 'none'`.
 *
 * @example
 * ```ts
 * const loss = binaryCrossEntropyWithLogits(model.forward(batch), tensor([1, 0, 1]));
 * binaryCrossEntropyWithLogits(variable([0]), tensor([1])).item() // 0.6931 = log 2
 * ```
 */
export function binaryCrossEntropyWithLogits(logits: Input, targets: LossConstant, options: BinaryCrossEntropyOptions = {}): Variable {
  const reduction = checkReduction(OP, options.reduction ?? 'mean');
  const logitShape = typeof logits === 'number' ? [] : logits.shape;
  const target = constantOf(OP, 'targets', targets);
  if (!shapesEqual(logitShape, target.shape)) {
    throw new ShapeError(`${OP}: logits are ${formatShape(logitShape)}, targets are ${formatShape(target.shape)}; the shapes must match`);
  }
  for (let i = 0; i < target.size; i++) {
    const y = target.data[i];
    if (!(y >= 0 && y <= 1)) throw new ValueError(`${OP}: targets must lie in [0, 1], got ${y} at flat position ${i}`);
  }
  const posWeight = options.posWeight === undefined ? null : expandConstant(OP, 'options.posWeight', options.posWeight, logitShape);
  const losses = elementwiseLoss([logits], { targets: target.data, posWeight });
  const { factor, denominator } = weightAndMask(OP, logitShape, target.size, options.weight, options.mask);
  return reduceLoss(applyFactor(losses, factor, logitShape), reduction, denominator);
}
