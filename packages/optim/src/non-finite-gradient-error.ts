/**
 * NonFiniteGradientError: a gradient holding NaN or Infinity reached an
 * optimizer step or a clipping call, which refused to apply it.
 */
import { ValueError } from '@mnemo/tensor';

/** One parameter whose gradient holds NaN or ±Infinity. */
export interface NonFiniteGradient {
  /** The parameter's index in the optimizer's (or the clipping call's) parameter list, counted across groups. */
  readonly index: number;
  /** Its name, when the parameters were given as `[name, parameter]` pairs. */
  readonly name: string | undefined;
  /** How many gradient elements are NaN. */
  readonly nanCount: number;
  /** How many gradient elements are +Infinity or -Infinity. */
  readonly infCount: number;
  /** The number of gradient elements. */
  readonly size: number;
}

/**
 * Thrown when a gradient holds NaN or ±Infinity: by `optimizer.step()` before
 * it touches any weight (nothing is half-applied), and by `clipGradNorm` when
 * the total norm is not finite. It is a {@link ValueError}, and `parameters`
 * lists every offending parameter with its NaN and Infinity counts.
 *
 * Exploding gradients in recurrent networks are the usual cause; clip them
 * with `clipGradNorm`, lower the learning rate, or let the optimizer skip such
 * steps with `{ onNonFinite: 'skip' }`.
 *
 * @example
 * ```ts
 * try { optimizer.step(); } catch (error) {
 *   if (NonFiniteGradientError.isInstance(error)) console.log(error.parameters[0].name);
 * }
 * // NonFiniteGradientError: Adam.step(): the gradient of parameter 1 ('lstm.weight_hh_l0') has 3 NaN and 0 infinite values out of 64; no parameter was updated ...
 * ```
 */
export class NonFiniteGradientError extends ValueError {
  static override readonly brand: symbol = Symbol.for('@mnemo/error/NonFiniteGradientError');
  static override readonly errorName: string = 'NonFiniteGradientError';
  /** Every parameter whose gradient holds NaN or ±Infinity, in parameter order. */
  readonly parameters: readonly NonFiniteGradient[];

  constructor(message: string, parameters: readonly NonFiniteGradient[], options?: ErrorOptions) {
    super(message, options);
    this.parameters = parameters;
  }
}

/** `parameter 3 ('encoder.weight')`, or `parameter 3` without a name. */
export function describeParameter(index: number, name: string | undefined): string {
  return name === undefined ? `parameter ${index}` : `parameter ${index} ('${name}')`;
}

/** A sentence listing the offending gradients: the first three in full, then a count of the rest. */
export function describeNonFinite(found: readonly NonFiniteGradient[]): string {
  const shown = found.slice(0, 3).map(
    (entry) => `the gradient of ${describeParameter(entry.index, entry.name)} has ${entry.nanCount} NaN and ${entry.infCount} infinite values out of ${entry.size}`,
  );
  const more = found.length > 3 ? `, and ${found.length - 3} more parameters` : '';
  return shown.join('; ') + more;
}

/**
 * True when every element of `data` is finite. One branch-free pass: `x * 0`
 * is 0 for finite x and NaN for NaN or ±Infinity, and NaN survives the sum.
 */
export function allFinite(data: Float32Array): boolean {
  let probe = 0;
  for (let i = 0; i < data.length; i++) probe += data[i] * 0;
  return probe === 0;
}

/** Counts the NaN and the infinite elements of `data` (only called once a problem is known). */
export function countNonFinite(data: Float32Array): { nanCount: number; infCount: number } {
  let nanCount = 0;
  let infCount = 0;
  for (let i = 0; i < data.length; i++) {
    const value = data[i];
    if (value !== value) nanCount++;
    else if (value === Infinity || value === -Infinity) infCount++;
  }
  return { nanCount, infCount };
}
