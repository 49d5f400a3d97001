/**
 * Validation of the `lengths` option shared by LSTM and RNN.
 */
import { ShapeError, ValueError, formatShape, isTensor, type Tensor } from '@mnemo/tensor';

/** Each sequence's length: a Tensor or array of B integers in [1, T]. */
export type Lengths = Tensor | readonly number[] | Int32Array;

/**
 * Checks `lengths` against the batch size and the number of steps and
 * returns them as an Int32Array, or null when absent or when every sequence
 * has all T steps (so the layer can skip masking).
 *
 * @example
 * ```ts
 * resolveLengths('LSTM.forward', [3, 1], 2, 3) // Int32Array [3, 1]
 * resolveLengths('LSTM.forward', [0, 1], 2, 3) // ValueError: ... lengths[0] is 0; each length must be an integer in [1, 3]
 * ```
 */
export function resolveLengths(op: string, lengths: Lengths | undefined | null, batchSize: number, steps: number): Int32Array | null {
  if (lengths === undefined || lengths === null) return null;
  let values: ArrayLike<number>;
  if (isTensor(lengths)) {
    if (lengths.rank !== 1) throw new ShapeError(`${op}: lengths must be 1-D with ${batchSize} entries (one per sequence), got shape ${formatShape(lengths.shape)}`);
    values = lengths.data;
  } else if (Array.isArray(lengths) || lengths instanceof Int32Array) {
    values = lengths as ArrayLike<number>;
  } else {
    throw new ValueError(`${op}: lengths must be a Tensor or an array of integers, got ${typeof lengths}`);
  }
  if (values.length !== batchSize) {
    throw new ShapeError(`${op}: lengths has ${values.length} entries but the batch has ${batchSize} sequences`);
  }
  const result = new Int32Array(batchSize);
  let full = true;
  for (let b = 0; b < batchSize; b++) {
    const length = values[b];
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 1 || length > steps) {
      throw new ValueError(`${op}: lengths[${b}] is ${String(length)}; each length must be an integer in [1, ${steps}] (the number of time steps)`);
    }
    result[b] = length;
    if (length !== steps) full = false;
  }
  return full ? null : result;
}
