/**
 * Backpropagation through time for {@link lstmSequenceForward}: a pure
 * function over Float32Arrays.
 *
 * Work per call:
 * - per step ONE pass over [B, 4H] turning dh_t, dc_t into the gate
 *   pre-activation gradients dZ_t (and dc_{t-1});
 * - per step ONE gemm for the recurrent part: `dh_{t-1} += dZ_t W_hh`;
 * - at the end, the weight and input gradients as one gemm each over all
 *   steps: `dW_ih = dZ^T X`, `dW_hh = dZ^T H_prev`, `dX = dZ W_ih`, and the
 *   bias gradient as the column sums of dZ.
 *
 * Everything is preallocated before the time loop; the loop allocates nothing.
 */
import { gemm } from '@mnemo/tensor';
import { tanh, type LstmSequenceArguments, type LstmSequenceRecord } from './lstm-sequence-forward.js';

/** The gradients flowing into the outputs of one layer-direction; null means zero. */
export interface LstmSequenceGradOutputs {
  /** d objective / d output, [T, B, H]. */
  readonly output: Float32Array | null;
  /** d objective / d h_n, [B, H]. */
  readonly finalHidden: Float32Array | null;
  /** d objective / d c_n, [B, H]. */
  readonly finalCell: Float32Array | null;
}

/** Which gradients to compute (the others come back null and cost nothing). */
export interface LstmSequenceNeeds {
  readonly input: boolean;
  readonly initialHidden: boolean;
  readonly initialCell: boolean;
  readonly weights: boolean;
  readonly bias: boolean;
}

/** The gradients of one layer-direction's inputs; null where not needed. */
export interface LstmSequenceGradients {
  /** `[T, B, inputSize]`. */
  readonly input: Float32Array | null;
  /** `[B, H]`. */
  readonly initialHidden: Float32Array | null;
  /** `[B, H]`. */
  readonly initialCell: Float32Array | null;
  /** `[4H, inputSize]`. */
  readonly weightIh: Float32Array | null;
  /** `[4H, H]`. */
  readonly weightHh: Float32Array | null;
  /** `[4H]`: the gradient of b_ih and of b_hh alike (they enter the sum z_t the same way). */
  readonly bias: Float32Array | null;
  /** The gate pre-activation gradients dZ, [T, B, 4H] (zero at padded steps). */
  readonly gates: Float32Array;
}

/**
 * Backpropagation through time for one LSTM layer-direction. With
 * dh = dout_t + dh_carry and dc = dc_carry + dh ⊙ o ⊙ (1 − tanh²c_t):
 *
 *     dz_i = dc ⊙ g ⊙ i(1 − i)          dz_f = dc ⊙ c_{t-1} ⊙ f(1 − f)
 *     dz_g = dc ⊙ i ⊙ (1 − g²)          dz_o = dh ⊙ tanh(c_t) ⊙ o(1 − o)
 *     dc_{t-1} = dc ⊙ f                 dh_{t-1} = dz_t W_hh
 *
 * Padded steps pass dh and dc through unchanged and get dz = 0; gate
 * pre-activations that `cellClip` clamped get dz = 0.
 *
 * @example
 * ```ts
 * const record = lstmSequenceForward(args);
 * const grads = lstmSequenceBackward(args, record, { output: null, finalHidden: ones, finalCell: null },
 *   { input: true, initialHidden: false, initialCell: false, weights: true, bias: true });
 * grads.weightIh // [4H, inputSize]
 * ```
 */
export function lstmSequenceBackward(
  args: LstmSequenceArguments,
  record: LstmSequenceRecord,
  gradOutputs: LstmSequenceGradOutputs,
  needs: LstmSequenceNeeds,
): LstmSequenceGradients {
  const { steps, batchSize, inputSize, hiddenSize, reverse } = args;
  const gateWidth = 4 * hiddenSize;
  const stateSize = batchSize * hiddenSize;
  const stepGates = batchSize * gateWidth;

  const gradGates = new Float32Array(steps * stepGates);
  const gradHidden = new Float32Array(stateSize);
  const gradCell = new Float32Array(stateSize);
  if (gradOutputs.finalHidden !== null) gradHidden.set(gradOutputs.finalHidden);
  if (gradOutputs.finalCell !== null) gradCell.set(gradOutputs.finalCell);

  // One options object for every step's recurrent gemm; only the offset changes.
  const recurrent = {
    m: batchSize, n: hiddenSize, k: gateWidth,
    a: gradGates, aOffset: 0, lda: gateWidth,
    b: args.weightHh, ldb: hiddenSize,
    c: gradHidden, ldc: hiddenSize, beta: 1,
  };
  // Walk the steps in the opposite order to the forward pass.
  for (let step = steps - 1; step >= 0; step--) {
    const t = reverse ? steps - 1 - step : step;
    const previousSlot = reverse ? t + 1 : t;
    const nextSlot = reverse ? t : t + 1;
    gateGradients(
      record.gates, gradGates, t * stepGates, record.cell, previousSlot * stateSize, nextSlot * stateSize,
      gradOutputs.output, t * stateSize, gradHidden, gradCell, batchSize, hiddenSize, args.lengths, t, record.clipped,
    );
    if (step > 0 || needs.initialHidden) {
      recurrent.aOffset = t * stepGates;
      gemm(recurrent);
    }
  }

  const rows = steps * batchSize;
  let weightIh: Float32Array | null = null;
  let weightHh: Float32Array | null = null;
  if (needs.weights) {
    weightIh = new Float32Array(gateWidth * inputSize);
    gemm({ m: gateWidth, n: inputSize, k: rows, a: gradGates, lda: gateWidth, transA: true, b: args.input, ldb: inputSize, c: weightIh, ldc: inputSize });
    // The state each step read: slots 0..T-1 forward, 1..T reverse — one contiguous block either way.
    // With h_0 = 0 (no initial state), the first step contributes nothing: leave its rows out.
    weightHh = new Float32Array(gateWidth * hiddenSize);
    const skip = args.initialHidden === null ? 1 : 0;
    if (steps > skip) {
      gemm({
        m: gateWidth, n: hiddenSize, k: (steps - skip) * batchSize,
        a: gradGates, aOffset: reverse ? 0 : skip * stepGates, lda: gateWidth, transA: true,
        b: record.hidden, bOffset: (reverse ? 1 : skip) * stateSize, ldb: hiddenSize, c: weightHh, ldc: hiddenSize,
      });
    }
  }
  let input: Float32Array | null = null;
  if (needs.input) {
    input = new Float32Array(rows * inputSize);
    gemm({ m: rows, n: inputSize, k: gateWidth, a: gradGates, lda: gateWidth, b: args.weightIh, ldb: inputSize, c: input, ldc: inputSize });
  }
  return {
    input,
    initialHidden: needs.initialHidden ? gradHidden : null,
    initialCell: needs.initialCell ? gradCell : null,
    weightIh,
    weightHh,
    bias: needs.bias ? columnSums(gradGates, rows, gateWidth) : null,
    gates: gradGates,
  };
}

/**
 * One step's backward gate pass over [B, 4H]: writes dz_t, replaces dc_carry
 * by dc_{t-1}, and zeroes dh_carry of active rows so the recurrent gemm can
 * accumulate dh_{t-1} into it (padded rows keep their carried dh: their dz is 0).
 */
function gateGradients(
  gates: Float32Array, gradGates: Float32Array, gateOffset: number,
  cell: Float32Array, previousOffset: number, nextOffset: number,
  gradOutput: Float32Array | null, outputOffset: number,
  gradHidden: Float32Array, gradCell: Float32Array,
  batchSize: number, hiddenSize: number, lengths: Int32Array | null, t: number, clipped: Uint8Array | null,
): void {
  const H = hiddenSize;
  const gateWidth = 4 * H;
  for (let b = 0; b < batchSize; b++) {
    if (lengths !== null && t >= lengths[b]) continue;
    const g0 = gateOffset + b * gateWidth;
    const previous = previousOffset + b * H;
    const next = nextOffset + b * H;
    const out = outputOffset + b * H;
    const row = b * H;
    for (let j = 0; j < H; j++) {
      const i = gates[g0 + j];
      const f = gates[g0 + H + j];
      const g = gates[g0 + 2 * H + j];
      const o = gates[g0 + 3 * H + j];
      const tanhC = tanh(cell[next + j]);
      const dh = gradHidden[row + j] + (gradOutput === null ? 0 : gradOutput[out + j]);
      const dc = gradCell[row + j] + dh * o * (1 - tanhC * tanhC);
      gradGates[g0 + j] = dc * g * i * (1 - i);
      gradGates[g0 + H + j] = dc * cell[previous + j] * f * (1 - f);
      gradGates[g0 + 2 * H + j] = dc * i * (1 - g * g);
      gradGates[g0 + 3 * H + j] = dh * tanhC * o * (1 - o);
      gradCell[row + j] = dc * f;
      gradHidden[row + j] = 0;
    }
    if (clipped !== null) {
      for (let k = g0; k < g0 + gateWidth; k++) if (clipped[k] === 1) gradGates[k] = 0;
    }
  }
}

/** Sums the rows of a [rows, width] matrix into a [width] vector (float64 accumulation). */
function columnSums(matrix: Float32Array, rows: number, width: number): Float32Array {
  const sums = new Float64Array(width);
  for (let row = 0; row < rows; row++) {
    const offset = row * width;
    for (let j = 0; j < width; j++) sums[j] += matrix[offset + j];
  }
  return Float32Array.from(sums);
}
