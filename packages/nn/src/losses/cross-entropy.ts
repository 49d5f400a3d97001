/**
 * Cross-entropy from logits and class indices.
 */
import { mul, neg, sum, type Variable } from '@mnemo/autograd';
import { logSoftmax } from '@mnemo/activations';
import { IndexError, ShapeError, Tensor, ValueError, formatShape } from '@mnemo/tensor';
import { checkReduction, constantOf, expandConstant, reduceLoss, type LossConstant, type Reduction } from './reduction.js';

/** Options for {@link crossEntropy}. */
export interface CrossEntropyOptions {
  /** 'mean' (default), 'sum' or 'none'. */
  reduction?: Reduction;
  /** One weight per class, `[C]` (for imbalanced classes); the mean becomes a weighted mean, as in PyTorch. */
  weight?: LossConstant;
  /** A target value that marks a sample to skip (no loss, no gradient, not counted in the mean). */
  ignoreIndex?: number;
  /** ε in [0, 1]: the target distribution becomes (1−ε)·one-hot + ε/C. Default 0. */
  labelSmoothing?: number;
  /** Per-sample mask or weights >= 0, `[N]`, e.g. 0 for padded steps; the mean divides by their total. */
  mask?: LossConstant;
}

const OP = 'crossEntropy(logits, targets)';

/**
 * Cross-entropy between `softmax(logits)` and class indices, via
 * `logSoftmax` (stable for any logits), matching PyTorch's `cross_entropy`
 * including class weights, `ignoreIndex` and label smoothing:
 *
 * ```text
 * lᵢ = mᵢ · [ (1−ε)·w_{yᵢ}·(−log pᵢ[yᵢ]) + (ε/C)·Σ_c w_c·(−log pᵢ[c]) ],  p = softmax(logits)
 * ```
 *
 * `'mean'` divides `Σ lᵢ` by `Σ mᵢ·w_{yᵢ}` over the samples not ignored (the
 * sample count when there are no weights or mask); a mean over no samples is 0.
 * Composed from differentiable ops: the gradient is softmax − target distribution.
 *
 * Shapes: `logits` [N, C]; `targets` [N] of integer class indices in [0, C)
 * (a Tensor of integer-valued floats or a number[]); the result is a scalar,
 * or [N] with `reduction: 'none'`.
 *
 * @example
 * ```ts
 * const loss = crossEntropy(model.forward(batch), labels); // labels: [N] class ids
 * crossEntropy(variable([[0, 0]]), [1]).item()              // 0.6931 = log 2
 * ```
 */
export function crossEntropy(logits: Variable | Tensor, targets: LossConstant, options: CrossEntropyOptions = {}): Variable {
  const reduction = checkReduction(OP, options.reduction ?? 'mean');
  if (logits.rank !== 2) throw new ShapeError(`${OP}: logits must be [N, C] (samples, classes), got ${formatShape(logits.shape)}`);
  const [count, classes] = logits.shape;
  const target = constantOf(OP, 'targets', targets);
  if (target.rank !== 1 || target.size !== count) {
    throw new ShapeError(`${OP}: logits are ${formatShape(logits.shape)}, so targets must be [${count}] class indices, got ${formatShape(target.shape)}`);
  }
  const { ignoreIndex, labelSmoothing = 0 } = options;
  if (ignoreIndex !== undefined && !Number.isInteger(ignoreIndex)) throw new ValueError(`${OP}: options.ignoreIndex must be an integer, got ${ignoreIndex}`);
  if (!(labelSmoothing >= 0 && labelSmoothing <= 1)) throw new ValueError(`${OP}: options.labelSmoothing must lie in [0, 1], got ${labelSmoothing}`);
  const classWeights = options.weight === undefined ? null : classWeightsOf(options.weight, classes);
  const mask = options.mask === undefined ? null : expandConstant(OP, 'options.mask', options.mask, [count], { nonNegative: true });

  // coefficients[i][c] = mᵢ·((1−ε)·w_{yᵢ}·[c = yᵢ] + (ε/C)·w_c), so lᵢ = −Σ_c coefficients[i][c]·log pᵢ[c].
  const coefficients = new Float32Array(count * classes);
  let denominator = 0;
  for (let i = 0; i < count; i++) {
    const label = target.data[i];
    if (label === ignoreIndex) continue;
    if (!Number.isInteger(label) || label < 0 || label >= classes) {
      throw new IndexError(`${OP}: targets[${i}] = ${label} is not a class index in [0, ${classes})`);
    }
    const sampleWeight = mask === null ? 1 : mask[i];
    const classWeight = classWeights === null ? 1 : classWeights[label];
    denominator += sampleWeight * classWeight;
    const row = i * classes;
    if (labelSmoothing > 0) {
      for (let c = 0; c < classes; c++) coefficients[row + c] = (sampleWeight * labelSmoothing * (classWeights === null ? 1 : classWeights[c])) / classes;
    }
    coefficients[row + label] += sampleWeight * (1 - labelSmoothing) * classWeight;
  }
  const logProbabilities = logSoftmax(logits, 1);
  const losses = neg(sum(mul(logProbabilities, new Tensor(coefficients, [count, classes])), 1));
  return reduceLoss(losses, reduction, denominator);
}

/** The per-class weights, exactly [C] and finite. */
function classWeightsOf(weight: LossConstant, classes: number): Float32Array {
  const shape = constantOf(OP, 'options.weight', weight).shape;
  if (shape.length !== 1 || shape[0] !== classes) {
    throw new ShapeError(`${OP}: options.weight must hold one weight per class, [${classes}], got ${formatShape(shape)}`);
  }
  return expandConstant(OP, 'options.weight', weight, [classes]);
}
