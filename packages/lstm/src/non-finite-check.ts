/**
 * The LSTM's guard against NaN and Infinity: a cheap check after each
 * layer-direction's forward (one pass over h_n and c_n: any non-finite value
 * reaches them through the recurrence) and backward (one pass over the gate
 * gradients and weight gradients). Locating the first bad step is done only
 * when the check fails.
 */
import type { LstmSequenceGradients, LstmSequenceGradOutputs } from './kernels/lstm-sequence-backward.js';
import type { LstmSequenceArguments, LstmSequenceRecord } from './kernels/lstm-sequence-forward.js';
import { NonFiniteError } from './non-finite-error.js';

const CURES = 'Cures: set cellClip (e.g. new LSTM({ ..., cellClip: 10 })), clip gradients (e.g. clipGradNorm from @mnemo/optim), or lower the learning rate.';

/** True when every element of `data[offset, offset + length)` is finite. */
export function allFinite(data: Float32Array, offset = 0, length = data.length - offset): boolean {
  for (let k = offset; k < offset + length; k++) {
    // x - x is 0 for finite x and NaN for NaN and ±Infinity.
    if (data[k] - data[k] !== 0) return false;
  }
  return true;
}

/** Throws NonFiniteError when h_n or c_n of this layer-direction is not finite, naming the first bad step. */
export function checkForwardFinite(args: LstmSequenceArguments, record: LstmSequenceRecord, layer: number): void {
  const { steps, batchSize, inputSize, hiddenSize, reverse } = args;
  const state = batchSize * hiddenSize;
  const final = record.finalSlot * state;
  if (allFinite(record.hidden, final, state) && allFinite(record.cell, final, state)) return;

  const direction = reverse ? 'reverse' : 'forward';
  const where = `LSTM layer ${layer} (${direction} direction)`;
  const firstSlot = reverse ? steps : 0;
  if (!allFinite(record.hidden, firstSlot * state, state) || !allFinite(record.cell, firstSlot * state, state)) {
    throw new NonFiniteError(`${where}: the initial state (h_0 or c_0) contains NaN or Infinity.`, { layer, direction, step: null, pass: 'forward' });
  }
  let step: number | null = null;
  for (let s = 0; s < steps && step === null; s++) {
    const t = reverse ? steps - 1 - s : s;
    const next = (reverse ? t : t + 1) * state;
    if (!allFinite(record.hidden, next, state) || !allFinite(record.cell, next, state)) step = t;
  }
  const suffix = reverse ? '_reverse' : '';
  const weightsBad = !allFinite(args.weightIh) || !allFinite(args.weightHh)
    || (args.biasIh !== null && !allFinite(args.biasIh)) || (args.biasHh !== null && !allFinite(args.biasHh));
  const cause = step !== null && !allFinite(args.input, step * batchSize * inputSize, batchSize * inputSize)
    ? ` The input at that step already contains NaN or Infinity${layer > 0 ? ' (from the layer below)' : ''}.`
    : weightsBad
      ? ` The weights (weight_ih_l${layer}${suffix}, weight_hh_l${layer}${suffix} or the biases) contain NaN or Infinity: a training step diverged.`
      : '';
  throw new NonFiniteError(
    `${where}: the hidden or cell state became NaN or Infinity at time step ${step ?? '?'} of ${steps}.${cause} ${CURES}`,
    { layer, direction, step, pass: 'forward' },
  );
}

/**
 * Throws NonFiniteError when this layer-direction turned finite incoming
 * gradients into non-finite ones (exploding gradients), naming the first bad
 * step of backpropagation through time. Non-finite gradients that arrived
 * from above are not this layer's doing and pass through.
 */
export function checkBackwardFinite(args: LstmSequenceArguments, incoming: LstmSequenceGradOutputs, grads: LstmSequenceGradients, layer: number): void {
  const fine = (data: Float32Array | null): boolean => data === null || allFinite(data);
  if (fine(grads.gates) && fine(grads.weightIh) && fine(grads.weightHh) && fine(grads.bias) && fine(grads.input)) return;
  if (!fine(incoming.output) || !fine(incoming.finalHidden) || !fine(incoming.finalCell)) return;

  const { steps, batchSize, hiddenSize, reverse } = args;
  const stepGates = batchSize * 4 * hiddenSize;
  let step: number | null = null;
  for (let s = steps - 1; s >= 0 && step === null; s--) {
    const t = reverse ? steps - 1 - s : s;
    if (!allFinite(grads.gates, t * stepGates, stepGates)) step = t;
  }
  const direction = reverse ? 'reverse' : 'forward';
  throw new NonFiniteError(
    `LSTM layer ${layer} (${direction} direction): gradients became NaN or Infinity during backpropagation through time`
    + `${step === null ? '' : ` at time step ${step} of ${steps}`} (exploding gradients). ${CURES}`,
    { layer, direction, step, pass: 'backward' },
  );
}
