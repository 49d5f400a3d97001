/**
 * The fused whole-sequence LSTM op: one layer, one direction, forward and
 * backward through time side by side (the kernels live in ./kernels/).
 *
 * Why one op per layer and direction rather than one for the whole stack:
 * every gemm is already whole-sequence inside it, so a bigger op would save no
 * arithmetic; the pieces between ops (concatenating directions, dropout
 * between layers, stacking h_n) are cheap O(T·B·H) copies that autograd
 * differentiates for free; and each op stays small enough to read against the
 * equations and to test against the reference cell on its own.
 */
import { defineOp, type Variable } from '@mnemo/autograd';
import { Tensor } from '@mnemo/tensor';
import { lstmSequenceBackward, type LstmSequenceGradOutputs } from './kernels/lstm-sequence-backward.js';
import { lstmSequenceForward, type LstmSequenceArguments, type LstmSequenceRecord } from './kernels/lstm-sequence-forward.js';
import { checkBackwardFinite, checkForwardFinite } from './non-finite-check.js';

/** Options of {@link lstmLayer}. */
export interface LstmLayerOptions {
  /** Whether inputs 3 and 4 are b_ih and b_hh. */
  readonly bias: boolean;
  /** Whether the last two inputs are h_0 and c_0 ([B, H] each). */
  readonly initialState: boolean;
  /** Each sequence's length (validated), or null for all T. */
  readonly lengths: Int32Array | null;
  /** The reverse direction: each sequence runs from its own last step to step 0. */
  readonly reverse: boolean;
  /** ONNX-style clamp of the gate pre-activations, or null. */
  readonly cellClip: number | null;
  /** The layer index, for error messages. */
  readonly layer: number;
  /** When given, receives the forward record (the gate trace). */
  readonly capture?: { record: LstmSequenceRecord | null };
}

interface Saved {
  readonly args: LstmSequenceArguments;
  readonly record: LstmSequenceRecord;
}

const lstmLayerOp = defineOp<LstmLayerOptions, { outputs: Tensor[]; saved: Saved }>({
  name: 'lstmLayer',
  forward(inputs, options) {
    const args = sequenceArguments(inputs, options);
    const record = lstmSequenceForward(args);
    checkForwardFinite(args, record, options.layer);
    if (options.capture) options.capture.record = record;
    const { steps, batchSize, hiddenSize } = args;
    const state = batchSize * hiddenSize;
    const final = record.finalSlot * state;
    return {
      outputs: [
        new Tensor(record.output, [steps, batchSize, hiddenSize]),
        new Tensor(record.hidden.slice(final, final + state), [batchSize, hiddenSize]),
        new Tensor(record.cell.slice(final, final + state), [batchSize, hiddenSize]),
      ],
      saved: { args, record },
    };
  },
  backward([gradOutput, gradHidden, gradCell], { saved, needsInputGrad, options }) {
    const { args, record } = saved;
    const gradOutputs: LstmSequenceGradOutputs = {
      output: gradOutput?.data ?? null, finalHidden: gradHidden?.data ?? null, finalCell: gradCell?.data ?? null,
    };
    const stateIndex = options.bias ? 5 : 3;
    const grads = lstmSequenceBackward(args, record, gradOutputs, {
      input: needsInputGrad[0],
      weights: needsInputGrad[1] || needsInputGrad[2],
      bias: options.bias && (needsInputGrad[3] || needsInputGrad[4]),
      initialHidden: options.initialState && needsInputGrad[stateIndex],
      initialCell: options.initialState && needsInputGrad[stateIndex + 1],
    });
    checkBackwardFinite(args, gradOutputs, grads, options.layer);
    const { steps, batchSize, inputSize, hiddenSize } = args;
    const wrap = (data: Float32Array | null, shape: number[]): Tensor | null => (data === null ? null : new Tensor(data, shape));
    const result = [
      wrap(grads.input, [steps, batchSize, inputSize]),
      wrap(grads.weightIh, [4 * hiddenSize, inputSize]),
      wrap(grads.weightHh, [4 * hiddenSize, hiddenSize]),
    ];
    // b_ih and b_hh enter z_t the same way, so they get the same gradient (autograd copies when accumulating).
    const gradBias = wrap(grads.bias, [4 * hiddenSize]);
    if (options.bias) result.push(gradBias, gradBias);
    if (options.initialState) result.push(wrap(grads.initialHidden, [batchSize, hiddenSize]), wrap(grads.initialCell, [batchSize, hiddenSize]));
    return result;
  },
});

/** Reads the kernel arguments from the op inputs [x, W_ih, W_hh, (b_ih, b_hh), (h_0, c_0)]. */
function sequenceArguments(inputs: readonly Tensor[], options: LstmLayerOptions): LstmSequenceArguments {
  const [input, weightIh, weightHh] = inputs;
  const [steps, batchSize, inputSize] = input.shape;
  const stateIndex = options.bias ? 5 : 3;
  return {
    steps, batchSize, inputSize, hiddenSize: weightHh.shape[1],
    input: input.data, weightIh: weightIh.data, weightHh: weightHh.data,
    biasIh: options.bias ? inputs[3].data : null,
    biasHh: options.bias ? inputs[4].data : null,
    initialHidden: options.initialState ? inputs[stateIndex].data : null,
    initialCell: options.initialState ? inputs[stateIndex + 1].data : null,
    lengths: options.lengths, reverse: options.reverse, cellClip: options.cellClip,
  };
}

/**
 * One LSTM layer in one direction over a whole time-major sequence, as a
 * single differentiable op. Inputs: x [T, B, in], W_ih [4H, in], W_hh [4H, H],
 * then b_ih, b_hh [4H] when `options.bias`, then h_0, c_0 [B, H] when
 * `options.initialState`. Returns [output [T, B, H], h_n [B, H], c_n [B, H]].
 * Shapes are the caller's (LSTM's) responsibility; this op does not re-check them.
 *
 * @example
 * ```ts
 * const [output, hN, cN] = lstmLayer([x, weightIh, weightHh, biasIh, biasHh],
 *   { bias: true, initialState: false, lengths: null, reverse: false, cellClip: null, layer: 0 });
 * ```
 */
export function lstmLayer(inputs: readonly (Variable | Tensor)[], options: LstmLayerOptions): Variable[] {
  return lstmLayerOp(inputs, options);
}
