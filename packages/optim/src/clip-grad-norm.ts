/**
 * clipGradNorm: rescales all gradients together so their global norm is at
 * most `maxNorm` (Pascanu, Mikolov & Bengio, "On the difficulty of training
 * recurrent neural networks", ICML 2013), as `torch.nn.utils.clip_grad_norm_`.
 */
import { ValueError } from '@mnemo/tensor';
import {
  NonFiniteGradientError,
  allFinite,
  countNonFinite,
  describeNonFinite,
  type NonFiniteGradient,
} from './non-finite-gradient-error.js';
import { checkNumber, describeValue, numberOption } from './options.js';
import { flattenParameters, type ParameterList } from './parameters.js';

/** Options of {@link clipGradNorm}. */
export interface ClipGradNormOptions {
  /** Which p-norm: any finite p > 0, or Infinity for the largest absolute value. Default 2. */
  normType?: number;
  /**
   * Throw {@link NonFiniteGradientError} (naming the parameters) when the total
   * norm is NaN or infinite, instead of scaling by it. Default true (PyTorch's
   * default is false; scaling by a non-finite norm only spreads NaN).
   */
  errorIfNonfinite?: boolean;
}

const maxNormRange = numberOption(0, { min: 0 });

/** The p-norm of every gradient element taken together, accumulated in float64. */
function totalNorm(grads: readonly Float32Array[], normType: number): number {
  let largest = 0;
  for (const data of grads) {
    for (let i = 0; i < data.length; i++) {
      const magnitude = Math.abs(data[i]);
      if (magnitude > largest || magnitude !== magnitude) largest = magnitude;
    }
  }
  if (normType === Infinity || largest === 0 || !Number.isFinite(largest)) return largest;
  let sum = 0;
  if (normType === 2) {
    for (const data of grads) for (let i = 0; i < data.length; i++) sum += data[i] * data[i];
    return Math.sqrt(sum);
  }
  if (normType === 1) {
    for (const data of grads) for (let i = 0; i < data.length; i++) sum += Math.abs(data[i]);
    return sum;
  }
  // Scale by the largest magnitude so |g|^p cannot overflow for large p.
  for (const data of grads) for (let i = 0; i < data.length; i++) sum += (Math.abs(data[i]) / largest) ** normType;
  return largest * sum ** (1 / normType);
}

/**
 * Scales every gradient by the same factor so that their global p-norm
 * (all elements of all gradients taken as one vector) is at most `maxNorm`;
 * returns the norm before clipping. The cure for exploding gradients in
 * recurrent networks: the direction is kept, only the length is capped.
 *
 * ```
 * N = (Σ_params Σ_i |g_i|^p)^(1/p)        (max |g_i| when p = Infinity), in float64
 * if maxNorm / (N + 1e-6) < 1:  g ← g · maxNorm / (N + 1e-6)
 * ```
 *
 * Parameters whose `grad` is null are skipped; gradients are changed in
 * place. With a NaN or infinite total norm it throws
 * {@link NonFiniteGradientError} naming each parameter with NaN or ±Infinity
 * values (unless `errorIfNonfinite` is false, in which case, like PyTorch, it
 * scales by the non-finite factor anyway).
 *
 * @param params parameters or `[name, parameter]` pairs (names appear in errors).
 * @param maxNorm the largest allowed norm, a finite number >= 0.
 * @returns the total norm N before clipping.
 *
 * @example
 * ```ts
 * const w = parameter([0, 0]);
 * w.grad = tensor([3, 4]);                 // norm 5
 * clipGradNorm([w], 1)                     // 5
 * w.grad.toArray()                         // ≈ [0.6, 0.8]
 * ```
 */
export function clipGradNorm(params: ParameterList, maxNorm: number, options: ClipGradNormOptions = {}): number {
  const context = 'clipGradNorm(params, maxNorm, options)';
  checkNumber(context, 'maxNorm', maxNorm, maxNormRange);
  const normType = options.normType ?? 2;
  if (typeof normType !== 'number' || !(normType > 0)) {
    throw new ValueError(`${context}: normType must be a number > 0 or Infinity, got ${describeValue(normType)}`);
  }
  const errorIfNonfinite = options.errorIfNonfinite ?? true;
  const { parameters, names } = flattenParameters(context, 'params', params);
  const grads: Float32Array[] = [];
  for (const parameter of parameters) if (parameter.grad !== null) grads.push(parameter.grad.data);
  const norm = totalNorm(grads, normType);
  if (!Number.isFinite(norm) && errorIfNonfinite) {
    const found: NonFiniteGradient[] = [];
    parameters.forEach((parameter, index) => {
      const grad = parameter.grad;
      if (grad !== null && !allFinite(grad.data)) found.push({ index, name: names[index], size: grad.size, ...countNonFinite(grad.data) });
    });
    throw new NonFiniteGradientError(
      `${context}: the total ${normType}-norm of the gradients is ${norm}, so they cannot be clipped: ${describeNonFinite(found)}. Pass { errorIfNonfinite: false } to scale anyway`,
      found,
    );
  }
  const factor = maxNorm / (norm + 1e-6);
  if (!(factor >= 1)) {
    for (const data of grads) for (let i = 0; i < data.length; i++) data[i] *= factor;
  }
  return norm;
}
