/**
 * padSequences: ragged id lists to a rectangular batch, with lengths and a mask.
 */
import { Tensor, ValueError } from '@mnemo/tensor';
import { checkChoice, checkFinite, checkInteger, checkOptions, describe } from './options.js';

/** Options of {@link padSequences}. */
export interface PadSequencesOptions {
  /** Number of time steps T; default the longest sequence (after `minLength`). */
  maxLength?: number;
  /** Where padding goes: after the tokens (`'post'`, default) or before them (`'pre'`). */
  padding?: 'pre' | 'post';
  /** Which end a too-long sequence loses: its end (`'post'`, default, keeps the first T ids) or its start (`'pre'`, keeps the last T). */
  truncating?: 'pre' | 'post';
  /** The fill value (default 0, the id of `<pad>` in a {@link Vocabulary}). */
  value?: number;
  /**
   * Shortest length reported (default 0). With `minLength: 1` an empty
   * sequence becomes one `value` step that counts as real (length 1, mask 1),
   * for consumers such as an LSTM with `lengths` that need at least one step.
   */
  minLength?: number;
}

/** The result of {@link padSequences}: three float32 tensors. */
export interface PaddedSequences {
  /** `[B, T]` token ids (integers stored as float32), padded with `value`. */
  ids: Tensor;
  /** `[B]` number of real (not padding) steps of each sequence, after truncation. */
  lengths: Tensor;
  /** `[B, T]` 1 at real steps, 0 at padding. */
  mask: Tensor;
}

// float32 holds every integer up to 2^24 exactly; a larger id would silently change.
const LARGEST_EXACT_ID = 2 ** 24;

/**
 * Pads (or truncates) each sequence to T steps and stacks them into `[B, T]`,
 * with each sequence's real length and a 0/1 mask.
 *
 * ```text
 * lengths[b] = max(min(len(sequences[b]), T), minLength)
 * mask[b, t] = 1 where step t holds one of those lengths' steps, else 0
 * ```
 *
 * With `padding: 'post'` (the default) the real steps of row b are `0 .. lengths[b]-1`:
 * that is the layout an LSTM consumes with `lstm.forward(ids, { lengths })`
 * (each sequence's final state is taken after its own last real step, as
 * PyTorch's packed sequences do). With `padding: 'pre'` the real steps are the
 * last `lengths[b]`; feed that to an LSTM without `lengths` only (the padding
 * steps run first and the final state is after the real tokens, the Keras
 * convention), since `lengths` assumes real steps come first.
 *
 * An empty sequence has length 0 and an all-zero mask row. An LSTM given
 * `lengths` needs every length >= 1: pass `minLength: 1`, or drop empty texts.
 *
 * @param sequences - B lists of ids (numbers; integers above 2^24 are rejected, since float32 cannot hold them exactly).
 * @returns `{ ids: [B, T], lengths: [B], mask: [B, T] }`, all float32.
 *
 * @example
 * ```ts
 * const { ids, lengths, mask } = padSequences([[5, 6, 7], [8]], { maxLength: 4 });
 * ids.toArray()     // [[5, 6, 7, 0], [8, 0, 0, 0]]
 * lengths.toArray() // [3, 1]
 * mask.toArray()    // [[1, 1, 1, 0], [1, 0, 0, 0]]
 * ```
 */
export function padSequences(sequences: readonly ArrayLike<number>[], options: PadSequencesOptions = {}): PaddedSequences {
  const op = 'padSequences(sequences, options)';
  checkOptions(op, options, ['maxLength', 'padding', 'truncating', 'value', 'minLength']);
  const padding = checkChoice(op, 'padding', options.padding ?? 'post', ['pre', 'post'] as const);
  const truncating = checkChoice(op, 'truncating', options.truncating ?? 'post', ['pre', 'post'] as const);
  const value = checkFinite(op, 'value', options.value ?? 0);
  const minLength = checkInteger(op, 'minLength', options.minLength ?? 0, 0);
  if (!Array.isArray(sequences)) throw new ValueError(`${op}: sequences must be an array of id arrays, got ${describe(sequences)}`);

  let longest = minLength;
  for (let row = 0; row < sequences.length; row++) {
    const sequence = sequences[row];
    if (sequence === null || typeof sequence !== 'object' || typeof sequence.length !== 'number') {
      throw new ValueError(`${op}: sequences[${row}] must be an array of numbers, got ${describe(sequence)}`);
    }
    longest = Math.max(longest, sequence.length);
  }
  const steps = options.maxLength === undefined ? longest : checkInteger(op, 'maxLength', options.maxLength);
  if (minLength > steps) throw new ValueError(`${op}: minLength ${minLength} exceeds maxLength ${steps}`);

  const batchSize = sequences.length;
  const ids = new Float32Array(batchSize * steps).fill(value);
  const mask = new Float32Array(batchSize * steps);
  const lengths = new Float32Array(batchSize);
  for (let row = 0; row < batchSize; row++) {
    const sequence = sequences[row];
    const kept = Math.min(sequence.length, steps);
    // Truncating 'pre' keeps the last `kept` ids; 'post' keeps the first.
    const sourceStart = truncating === 'pre' ? sequence.length - kept : 0;
    const length = Math.max(kept, minLength);
    // Padding 'post' puts the real steps first; 'pre' puts them last.
    const targetStart = row * steps + (padding === 'post' ? 0 : steps - length);
    const idStart = padding === 'post' ? targetStart : targetStart + (length - kept);
    for (let step = 0; step < kept; step++) {
      const id = sequence[sourceStart + step];
      if (typeof id !== 'number' || !Number.isFinite(id) || (Number.isInteger(id) && Math.abs(id) > LARGEST_EXACT_ID)) {
        throw new ValueError(`${op}: sequences[${row}][${sourceStart + step}] is ${describe(id)}; ids must be finite numbers, integers at most 2^24`);
      }
      ids[idStart + step] = id;
    }
    mask.fill(1, targetStart, targetStart + length);
    lengths[row] = length;
  }
  return {
    ids: new Tensor(ids, [batchSize, steps]),
    lengths: new Tensor(lengths, [batchSize]),
    mask: new Tensor(mask, [batchSize, steps]),
  };
}
