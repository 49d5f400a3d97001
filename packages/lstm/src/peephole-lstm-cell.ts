/**
 * PeepholeLSTMCell: an LSTM whose gates also look at the cell state
 * (Gers & Schmidhuber 2000), as a RecurrentCell.
 */
import { sigmoid, tanh } from '@mnemo/activations';
import { add, chunk, mul, type Parameter, type Variable } from '@mnemo/autograd';
import type { Shape } from '@mnemo/tensor';
import { lstmGateParameters, recurrentParameter } from './init.js';
import { affine, type LSTMCellOptions } from './lstm-cell.js';
import { RecurrentCellModule, type CellStep } from './recurrent-cell.js';

/**
 * One step of the peephole LSTM of Gers & Schmidhuber (2000), "Recurrent nets
 * that time and count": the input and forget gates see the previous cell
 * state, the output gate sees the new one, through diagonal (elementwise)
 * peephole weights p_i, p_f, p_o:
 *
 *     i = σ(W_ii x + W_hi h + p_i ⊙ c + b_i)
 *     f = σ(W_if x + W_hf h + p_f ⊙ c + b_f)
 *     g = tanh(W_ig x + W_hg h + b_g)
 *     c' = f ⊙ c + i ⊙ g
 *     o = σ(W_io x + W_ho h + p_o ⊙ c' + b_o)
 *     h' = o ⊙ tanh(c')
 *
 * Parameters: `weight_ih` [4H, inputSize], `weight_hh` [4H, H], `bias_ih`,
 * `bias_hh` [4H] as in LSTMCell (gate order i, f, g, o), and the peepholes
 * `peephole_i`, `peephole_f`, `peephole_o` [H]; all from U(-1/√H, 1/√H).
 * Shapes: input [B, inputSize]; state [h, c] each [B, H]; output h' [B, H].
 * Trace: `{ i, f, g, o, c, h }`.
 *
 * @example
 * ```ts
 * const rnn = new RNN(new PeepholeLSTMCell(8, 16, { seed: 0 }));
 * const { hidden: [h, c] } = rnn.forward(randn([5, 2, 8], { seed: 1 }));
 * ```
 */
export class PeepholeLSTMCell extends RecurrentCellModule {
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
  /** `[H]`: how strongly c_{t-1} drives the input gate. */
  readonly peephole_i: Parameter;
  /** `[H]`: how strongly c_{t-1} drives the forget gate. */
  readonly peephole_f: Parameter;
  /** `[H]`: how strongly c_t drives the output gate. */
  readonly peephole_o: Parameter;

  constructor(inputSize: number, hiddenSize: number, options: LSTMCellOptions) {
    super();
    const { rng, ...gates } = lstmGateParameters('PeepholeLSTMCell', inputSize, hiddenSize, options);
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.outputSize = hiddenSize;
    this.weight_ih = gates.weight_ih;
    this.weight_hh = gates.weight_hh;
    this.bias_ih = gates.bias_ih;
    this.bias_hh = gates.bias_hh;
    this.peephole_i = recurrentParameter([hiddenSize], hiddenSize, rng);
    this.peephole_f = recurrentParameter([hiddenSize], hiddenSize, rng);
    this.peephole_o = recurrentParameter([hiddenSize], hiddenSize, rng);
  }

  stateShapes(batchSize: number): Shape[] {
    return [[batchSize, this.hiddenSize], [batchSize, this.hiddenSize]];
  }

  step(x: Variable, [h, c]: readonly Variable[]): CellStep {
    const z = add(affine(x, this.weight_ih, this.bias_ih), affine(h, this.weight_hh, this.bias_hh)); // [B, 4H]
    const [zi, zf, zg, zo] = chunk(z, 4, 1);
    const i = sigmoid(add(zi, mul(this.peephole_i, c)));
    const f = sigmoid(add(zf, mul(this.peephole_f, c)));
    const g = tanh(zg);
    const cNext = add(mul(f, c), mul(i, g));
    const o = sigmoid(add(zo, mul(this.peephole_o, cNext)));
    const hNext = mul(o, tanh(cNext));
    return { output: hNext, state: [hNext, cNext], trace: { i, f, g, o, c: cNext, h: hNext } };
  }
}
