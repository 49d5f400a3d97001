/**
 * What the losses share (internal): turning targets, weights and masks into
 * tensors with checked shapes, and the final reduction.
 */
import { Variable, div, mul, sum } from '@mnemo/autograd';
import { ShapeError, Tensor, ValueError, broadcastTo, formatShape, isTensor, tensor, type NestedArray, type Shape } from '@mnemo/tensor';

/**
 * How a loss reduces its per-element values: `'mean'` (the default; a
 * weighted mean when a mask or class weights are given), `'sum'`, or
 * `'none'` (the per-element losses, weights and mask applied).
 */
export type Reduction = 'mean' | 'sum' | 'none';

/** A constant argument of a loss: a Tensor, a Variable (its value is used; no gradient flows to it), or nested numbers. */
export type LossConstant = Tensor | Variable | NestedArray;

const reductions: readonly Reduction[] = ['mean', 'sum', 'none'];

/** Throws ValueError unless `reduction` is one of 'mean', 'sum', 'none'. */
export function checkReduction(op: string, reduction: unknown): Reduction {
  if (!reductions.includes(reduction as Reduction)) {
    throw new ValueError(`${op}: options.reduction must be 'mean', 'sum' or 'none', got ${JSON.stringify(reduction)}`);
  }
  return reduction as Reduction;
}

/** The tensor behind a loss constant. */
export function constantOf(op: string, argument: string, value: LossConstant): Tensor {
  if (value instanceof Variable) return value.value;
  if (isTensor(value)) return value;
  if (typeof value === 'number' || Array.isArray(value)) return tensor(value);
  throw new ValueError(`${op}: ${argument} must be a Tensor, a Variable or (nested) numbers, got ${value === null ? 'null' : typeof value}`);
}

/** A weight or mask broadcast to `shape`, checked finite (and non-negative for a mask). */
export function expandConstant(op: string, argument: string, value: LossConstant, shape: Shape, options: { nonNegative?: boolean } = {}): Float32Array {
  const source = constantOf(op, argument, value);
  let expanded: Tensor;
  try {
    expanded = broadcastTo(source, shape);
  } catch {
    throw new ShapeError(`${op}: ${argument} is ${formatShape(source.shape)}, which does not broadcast to ${formatShape(shape)}`);
  }
  const data = expanded.data;
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i]) || (options.nonNegative === true && data[i] < 0)) {
      const kind = options.nonNegative === true ? 'finite and >= 0' : 'finite';
      throw new ValueError(`${op}: ${argument} must be ${kind}, got ${data[i]} at flat position ${i}`);
    }
  }
  return expanded === source ? new Float32Array(data) : data;
}

/**
 * Applies the reduction to per-element losses already multiplied by their
 * weights. `mean` divides by `denominator` (the element count, or the total
 * weight of a mask); a mean over nothing (denominator 0) is 0, with zero gradient.
 */
export function reduceLoss(weighted: Variable, reduction: Reduction, denominator: number): Variable {
  if (reduction === 'none') return weighted;
  const total = sum(weighted);
  if (reduction === 'sum') return total;
  return div(total, denominator === 0 ? 1 : denominator);
}

/** Multiplies per-element losses by a constant factor, when there is one. */
export function applyFactor(losses: Variable, factor: Float32Array | null, shape: Shape): Variable {
  return factor === null ? losses : mul(losses, new Tensor(factor, shape));
}

/**
 * The combined per-element factor of an optional `weight` and `mask` (both
 * broadcast to `shape`), and the denominator of the mean: the mask's total
 * when there is a mask, else the element count.
 */
export function weightAndMask(op: string, shape: Shape, size: number, weight: LossConstant | undefined, mask: LossConstant | undefined): { factor: Float32Array | null; denominator: number } {
  const weights = weight === undefined ? null : expandConstant(op, 'options.weight', weight, shape);
  const masks = mask === undefined ? null : expandConstant(op, 'options.mask', mask, shape, { nonNegative: true });
  let denominator = size;
  if (masks !== null) {
    denominator = 0;
    for (let i = 0; i < masks.length; i++) denominator += masks[i];
  }
  if (weights !== null && masks !== null) for (let i = 0; i < weights.length; i++) weights[i] *= masks[i];
  return { factor: weights ?? masks, denominator };
}
