/**
 * GRUCell: the gated recurrent unit (Cho et al. 2014) as a RecurrentCell,
 * with PyTorch's equations and parameter layout.
 */
import { rngFrom } from '@mnemo/tensor';
import { sigmoid, tanh } from '@mnemo/activations';
import { add, chunk, mul, sub, type Parameter, type Variable } from '@mnemo/autograd';
import type { Shape } from '@mnemo/tensor';
import { checkSize, recurrentParameter, type RandomOption } from './init.js';
import { affine } from './lstm-cell.js';
import { RecurrentCellModule, type CellStep } from './recurrent-cell.js';

/** Options of {@link GRUCell}. */
export type GRUCellOptions = RandomOption & {
  /** Whether to have the biases b_ih and b_hh. Default true. */
  bias?: boolean;
};

/**
 * One GRU step, PyTorch's `nn.GRUCell`:
 *
 *     r = σ(W_ir x + b_ir + W_hr h + b_hr)           reset gate
 *     z = σ(W_iz x + b_iz + W_hz h + b_hz)           update gate
 *     n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))   candidate
 *     h' = (1 − z) ⊙ n + z ⊙ h
 *
 * Parameters in PyTorch's layout (gate order r, z, n): `weight_ih`
 * [3H, inputSize], `weight_hh` [3H, H], `bias_ih`, `bias_hh` [3H], all from
 * U(-1/√H, 1/√H). Shapes: input [B, inputSize]; state [h [B, H]]; output h'
 * [B, H]. Trace: `{ r, z, n, h }`.
 *
 * @example
 * ```ts
 * const rnn = new RNN(new GRUCell(8, 16, { seed: 0 }));
 * rnn.forward(randn([5, 2, 8], { seed: 1 })).output.shape // [5, 2, 16]
 * ```
 */
export class GRUCell extends RecurrentCellModule {
  /** The size of each input vector. */
  readonly inputSize: number;
  /** H, the size of the hidden and cell states. */
  readonly hiddenSize: number;
  /** The size of each output vector (H). */
  readonly outputSize: number;
  /** `[3H, inputSize]`: W_ir, W_iz, W_in stacked. */
  readonly weight_ih: Parameter;
  /** `[3H, H]`: W_hr, W_hz, W_hn stacked. */
  readonly weight_hh: Parameter;
  /** `[3H]`, or null without bias. */
  readonly bias_ih: Parameter | null;
  /** `[3H]`, or null without bias. */
  readonly bias_hh: Parameter | null;

  constructor(inputSize: number, hiddenSize: number, options: GRUCellOptions) {
    super();
    checkSize('GRUCell(inputSize, hiddenSize)', 'inputSize', inputSize);
    checkSize('GRUCell(inputSize, hiddenSize)', 'hiddenSize', hiddenSize);
    const rng = rngFrom('GRUCell', options);
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.outputSize = hiddenSize;
    this.weight_ih = recurrentParameter([3 * hiddenSize, inputSize], hiddenSize, rng);
    this.weight_hh = recurrentParameter([3 * hiddenSize, hiddenSize], hiddenSize, rng);
    const bias = options.bias ?? true;
    this.bias_ih = bias ? recurrentParameter([3 * hiddenSize], hiddenSize, rng) : null;
    this.bias_hh = bias ? recurrentParameter([3 * hiddenSize], hiddenSize, rng) : null;
  }

  stateShapes(batchSize: number): Shape[] {
    return [[batchSize, this.hiddenSize]];
  }

  step(x: Variable, [h]: readonly Variable[]): CellStep {
    const [xr, xz, xn] = chunk(affine(x, this.weight_ih, this.bias_ih), 3, 1);
    const [hr, hz, hn] = chunk(affine(h, this.weight_hh, this.bias_hh), 3, 1);
    const r = sigmoid(add(xr, hr));
    const z = sigmoid(add(xz, hz));
    const n = tanh(add(xn, mul(r, hn)));
    const hNext = add(n, mul(z, sub(h, n))); // (1 − z) ⊙ n + z ⊙ h
    return { output: hNext, state: [hNext], trace: { r, z, n, h: hNext } };
  }
}
