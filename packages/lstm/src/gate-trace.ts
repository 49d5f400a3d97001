/**
 * Gate traces: what an LSTM layer remembered and forgot at each step, read
 * straight from the buffers the fused forward pass keeps for backward anyway.
 */
import { Tensor } from '@mnemo/tensor';
import type { LstmSequenceRecord } from './kernels/lstm-sequence-forward.js';

/**
 * The gate activations and states of one LSTM layer in one direction, at every
 * step. Each tensor is [T, B, H] (time-major), or [B, T, H] when the LSTM is
 * `batchFirst`; values at padded steps (t >= lengths[b]) are exactly zero.
 * Plain Tensors, outside the autograd graph: a trace is for looking, not for
 * training.
 *
 * - `i` input gate: how much of the candidate g is written into the cell;
 * - `f` forget gate: how much of the previous cell state is kept;
 * - `g` candidate cell values, in (-1, 1);
 * - `o` output gate: how much of tanh(c) is shown as h;
 * - `c` cell state after the step (the long-term memory);
 * - `h` hidden state after the step (the output).
 *
 * @example
 * ```ts
 * const { trace } = lstm.forward(x, { trace: true });
 * trace[0].f // forget gate of layer 0, forward direction: [T, B, H]
 * ```
 */
export interface GateTrace {
  /** The layer (0-based). */
  readonly layer: number;
  /** `'forward'`, or `'reverse'` for the second direction of a bidirectional LSTM. */
  readonly direction: 'forward' | 'reverse';
  readonly i: Tensor;
  readonly f: Tensor;
  readonly g: Tensor;
  readonly o: Tensor;
  readonly c: Tensor;
  readonly h: Tensor;
}

/** Builds the trace of one layer-direction from its forward record (copies; the record is left untouched). */
export function gateTrace(
  record: LstmSequenceRecord,
  sizes: { steps: number; batchSize: number; hiddenSize: number },
  lengths: Int32Array | null,
  layer: number,
  reverse: boolean,
  batchFirst: boolean,
): GateTrace {
  const { steps: T, batchSize: B, hiddenSize: H } = sizes;
  const make = (): Float32Array => new Float32Array(T * B * H);
  const [i, f, g, o, c, h] = [make(), make(), make(), make(), make(), make()];
  for (let t = 0; t < T; t++) {
    const cellSlot = reverse ? t : t + 1;
    for (let b = 0; b < B; b++) {
      const target = batchFirst ? (b * T + t) * H : (t * B + b) * H;
      const gates = (t * B + b) * 4 * H;
      // Gates are already zero at padded steps; the cell slots carry the state there, so mask them.
      const active = lengths === null || t < lengths[b];
      i.set(record.gates.subarray(gates, gates + H), target);
      f.set(record.gates.subarray(gates + H, gates + 2 * H), target);
      g.set(record.gates.subarray(gates + 2 * H, gates + 3 * H), target);
      o.set(record.gates.subarray(gates + 3 * H, gates + 4 * H), target);
      h.set(record.output.subarray((t * B + b) * H, (t * B + b + 1) * H), target);
      if (active) c.set(record.cell.subarray((cellSlot * B + b) * H, (cellSlot * B + b + 1) * H), target);
    }
  }
  const shape = batchFirst ? [B, T, H] : [T, B, H];
  const wrap = (data: Float32Array): Tensor => new Tensor(data, shape);
  return { layer, direction: reverse ? 'reverse' : 'forward', i: wrap(i), f: wrap(f), g: wrap(g), o: wrap(o), c: wrap(c), h: wrap(h) };
}
