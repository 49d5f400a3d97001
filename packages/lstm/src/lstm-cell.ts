/**
 * LSTMCell: the reference LSTM step, written from autograd primitives so it
 * reads like the equations. The fused `LSTM` layer is tested equal to looping it.
 */
import { sigmoid, tanh } from '@mnemo/activations';
import { add, chunk, matMul, mul, type Parameter, type Variable } from '@mnemo/autograd';
import type { Shape } from '@mnemo/tensor';
import { lstmGateParameters, type RandomOption } from './init.js';
import { RecurrentCellModule, type CellStep } from './recurrent-cell.js';

/** Options of {@link LSTMCell} (and the other LSTM-style cells). */
export type LSTMCellOptions = RandomOption & {
  /** Whether to have the biases b_ih and b_hh. Default true. */
  bias?: boolean;
  /** Added to the forget-gate slice of `bias_ih` at initialization (e.g. 1, so the cell starts out remembering). Default 0. */
  forgetBias?: number;
};

/**
 * One LSTM step (Hochreiter & Schmidhuber 1997, with the forget gate of Gers
 * et al. 2000), the standard equations of shared/seeds/004:
 *
 *     i = σ(W_ii x + b_ii + W_hi h + b_hi)        input gate
 *     f = σ(W_if x + b_if + W_hf h + b_hf)        forget gate
 *     g = tanh(W_ig x + b_ig + W_hg h + b_hg)     candidate cell
 *     o = σ(W_io x + b_io + W_ho h + b_ho)        output gate
 *     c' = f ⊙ c + i ⊙ g
 *     h' = o ⊙ tanh(c')
 *
 * The four gates come from one fused weight per source, PyTorch's layout:
 * `weight_ih` [4H, inputSize] = [W_ii; W_if; W_ig; W_io], `weight_hh` [4H, H],
 * `bias_ih` and `bias_hh` [4H]. All initialized from U(-1/√H, 1/√H).
 *
 * Shapes: input [B, inputSize]; state [h [B, H], c [B, H]]; output h' [B, H].
 * The step also returns the gates as a trace `{ i, f, g, o, c, h }`, each [B, H].
 *
 * @example
 * ```ts
 * const cell = new LSTMCell(3, 4, { seed: 0 });
 * const [h, c] = cell.initialState(2).map((s) => variable(s));
 * const { output, state } = cell.step(variable(randn([2, 3], { seed: 1 })), [h, c]);
 * output.shape // [2, 4]
 * ```
 */
export class LSTMCell extends RecurrentCellModule {
  /** The size of each input vector. */
  readonly inputSize: number;
  /** H, the size of the hidden and cell states. */
  readonly hiddenSize: number;
  /** The size of each output vector (H). */
  readonly outputSize: number;
  /** `[4H, inputSize]`: W_ii, W_if, W_ig, W_io stacked. */
  readonly weight_ih: Parameter;
  /** `[4H, H]`: W_hi, W_hf, W_hg, W_ho stacked. */
  readonly weight_hh: Parameter;
  /** `[4H]`, or null without bias. */
  readonly bias_ih: Parameter | null;
  /** `[4H]`, or null without bias. */
  readonly bias_hh: Parameter | null;

  constructor(inputSize: number, hiddenSize: number, options: LSTMCellOptions) {
    super();
    const gates = lstmGateParameters('LSTMCell', inputSize, hiddenSize, options);
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.outputSize = hiddenSize;
    this.weight_ih = gates.weight_ih;
    this.weight_hh = gates.weight_hh;
    this.bias_ih = gates.bias_ih;
    this.bias_hh = gates.bias_hh;
  }

  stateShapes(batchSize: number): Shape[] {
    return [[batchSize, this.hiddenSize], [batchSize, this.hiddenSize]];
  }

  step(x: Variable, [h, c]: readonly Variable[]): CellStep {
    const z = add(affine(x, this.weight_ih, this.bias_ih), affine(h, this.weight_hh, this.bias_hh)); // [B, 4H]
    const [zi, zf, zg, zo] = chunk(z, 4, 1);
    const i = sigmoid(zi), f = sigmoid(zf), g = tanh(zg), o = sigmoid(zo);
    const cNext = add(mul(f, c), mul(i, g));
    const hNext = mul(o, tanh(cNext));
    return { output: hNext, state: [hNext, cNext], trace: { i, f, g, o, c: cNext, h: hNext } };
  }
}

/** x Wᵀ + b: x [B, n], weight [m, n], bias [m] or null, to [B, m]. */
export function affine(x: Variable, weight: Variable, bias: Variable | null): Variable {
  const product = matMul(x, weight, { transposeB: true });
  return bias === null ? product : add(product, bias);
}
