/**
 * TransformedCellLSTMCell: the LSTM variant of shared/seeds/002, whose hidden
 * state shows a learned transform of the cell state, tanh(W_co c_t + b_co),
 * instead of tanh(c_t). The worked example of docs/custom-cells.md.
 */
import { sigmoid, tanh } from '@mnemo/activations';
import { add, chunk, mul, type Parameter, type Variable } from '@mnemo/autograd';
import type { Shape } from '@mnemo/tensor';
import { lstmGateParameters, recurrentParameter } from './init.js';
import { affine, type LSTMCellOptions } from './lstm-cell.js';
import { RecurrentCellModule, type CellStep } from './recurrent-cell.js';

/**
 * One step of the LSTM variant in shared/seeds/002_3035b1686a7a5971.txt
 * (its γ_f1, γ_i, γ_o in LSTMCell's names): the same gates and cell update as
 * LSTMCell, but the output reads the new cell state through its own learned
 * affine map W_co c_t + b_co before the tanh:
 *
 *     i, f, g, o = σ, σ, tanh, σ of (W_ih x + b_ih + W_hh h + b_hh)   (as LSTMCell)
 *     c' = f ⊙ c + i ⊙ g
 *     h' = o ⊙ tanh(W_co c' + b_co)          (LSTMCell: o ⊙ tanh(c'))
 *
 * Parameters: `weight_ih` [4H, inputSize], `weight_hh` [4H, H], `bias_ih`,
 * `bias_hh` [4H] (gate order i, f, g, o) as in LSTMCell, plus `weight_co`
 * [H, H] and `bias_co` [H]; all from U(-1/√H, 1/√H). Shapes: input
 * [B, inputSize]; state [h, c] each [B, H]; output h' [B, H]. Trace:
 * `{ i, f, g, o, c, h }`.
 *
 * @example
 * ```ts
 * const rnn = new RNN(new TransformedCellLSTMCell(8, 16, { seed: 0 }));
 * rnn.forward(randn([5, 2, 8], { seed: 1 })).output.shape // [5, 2, 16]
 * ```
 */
export class TransformedCellLSTMCell extends RecurrentCellModule {
  /** The size of each input vector. */
  readonly inputSize: number;
  /** H, the size of the hidden and cell states. */
  readonly hiddenSize: number;
  /** The size of each output vector (H). */
  readonly outputSize: number;
  /** `[4H, inputSize]`: the input weights of the gates i, f, g, o, stacked. */
  readonly weight_ih: Parameter;
  /** `[4H, H]`: the recurrent weights of the gates i, f, g, o, stacked. */
  readonly weight_hh: Parameter;
  /** `[4H]`, or null without bias. */
  readonly bias_ih: Parameter | null;
  /** `[4H]`, or null without bias. */
  readonly bias_hh: Parameter | null;
  /** `[H, H]`: W_co, the map from the cell state to the output's tanh. */
  readonly weight_co: Parameter;
  /** `[H]`, or null without bias: b_co. */
  readonly bias_co: Parameter | null;

  constructor(inputSize: number, hiddenSize: number, options: LSTMCellOptions) {
    super();
    const { rng, ...gates } = lstmGateParameters('TransformedCellLSTMCell', inputSize, hiddenSize, options);
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.outputSize = hiddenSize;
    this.weight_ih = gates.weight_ih;
    this.weight_hh = gates.weight_hh;
    this.bias_ih = gates.bias_ih;
    this.bias_hh = gates.bias_hh;
    this.weight_co = recurrentParameter([hiddenSize, hiddenSize], hiddenSize, rng);
    this.bias_co = gates.bias_ih !== null ? recurrentParameter([hiddenSize], hiddenSize, rng) : null;
  }

  stateShapes(batchSize: number): Shape[] {
    return [[batchSize, this.hiddenSize], [batchSize, this.hiddenSize]];
  }

  step(x: Variable, [h, c]: readonly Variable[]): CellStep {
    const z = add(affine(x, this.weight_ih, this.bias_ih), affine(h, this.weight_hh, this.bias_hh)); // [B, 4H]
    const [zi, zf, zg, zo] = chunk(z, 4, 1);
    const i = sigmoid(zi), f = sigmoid(zf), g = tanh(zg), o = sigmoid(zo);
    const cNext = add(mul(f, c), mul(i, g));
    const hNext = mul(o, tanh(affine(cNext, this.weight_co, this.bias_co))); // the one changed line
    return { output: hNext, state: [hNext, cNext], trace: { i, f, g, o, c: cNext, h: hNext } };
  }
}
