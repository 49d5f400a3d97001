/**
 * NonFiniteError: the LSTM found NaN or Infinity in its states or gradients
 * and stops instead of passing them on silently.
 */
import { MnemoError } from '@mnemo/tensor';

/** Where a {@link NonFiniteError} was found. */
export interface NonFiniteLocation {
  /** The layer (0-based). */
  readonly layer: number;
  /** `'forward'` or `'reverse'`. */
  readonly direction: 'forward' | 'reverse';
  /** The first time step (0-based, in the input's time axis) where a non-finite value appeared; null when unknown. */
  readonly step: number | null;
  /** `'forward'` when the states went non-finite, `'backward'` when the gradients did. */
  readonly pass: 'forward' | 'backward';
}

/**
 * NaN or ±Infinity appeared inside an LSTM layer. The message names the
 * layer, the direction and the first time step, and suggests the usual cures:
 * `cellClip`, gradient clipping, a lower learning rate, or checking the input.
 *
 * @example
 * ```ts
 * try { lstm.forward(x); } catch (e) {
 *   if (NonFiniteError.isInstance(e)) console.log(e.location); // { layer: 0, direction: 'forward', step: 7, pass: 'forward' }
 * }
 * ```
 */
export class NonFiniteError extends MnemoError {
  static override readonly brand: symbol = Symbol.for('@mnemo/error/NonFiniteError');
  static override readonly errorName: string = 'NonFiniteError';
  /** Where the non-finite value was found. */
  readonly location: NonFiniteLocation;

  constructor(message: string, location: NonFiniteLocation, options?: ErrorOptions) {
    super(message, options);
    this.location = location;
  }
}
