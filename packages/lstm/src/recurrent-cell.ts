/**
 * The RecurrentCell contract: what any cell must provide for `RNN(cell)` to
 * run it over a sequence (with batches of ragged lengths, both directions and
 * gate traces).
 */
import type { Variable } from '@mnemo/autograd';
import { Module } from '@mnemo/nn';
import { Tensor, sizeOf, type Shape } from '@mnemo/tensor';

/** What one step of a cell returns. */
export interface CellStep {
  /** The step's output, [B, outputSize] (h_t for LSTM and GRU cells). */
  readonly output: Variable;
  /** The next state, one Variable per entry of `stateShapes` (e.g. [h_t, c_t]). */
  readonly state: Variable[];
  /**
   * Named intermediates for gate traces, each [B, n] (e.g. `{ i, f, g, o, c, h }`).
   * Optional: `RNN.forward(x, { trace: true })` stacks whatever a cell returns here.
   */
  readonly trace?: Readonly<Record<string, Variable>>;
}

/**
 * A recurrent cell: one time step from an input and the previous state.
 *
 *     { output, state } = step(x_t [B, inputSize], state_{t-1})
 *
 * Implement it by extending {@link RecurrentCellModule} (a Module, so the cell's
 * Parameters are found and saved) and writing `step` from autograd ops: the
 * gradient comes for free. `docs/custom-cells.md` walks through a complete cell.
 *
 * @example
 * ```ts
 * const cell: RecurrentCell = new LSTMCell(3, 4, { seed: 0 });
 * cell.stateShapes(2) // [[2, 4], [2, 4]]  (h and c)
 * const { output, state } = cell.step(variable(zeros([2, 3])), cell.initialState(2).map((s) => variable(s)));
 * ```
 */
export interface RecurrentCell {
  /** The size of each input vector. */
  readonly inputSize: number;
  /** The size of each output vector. */
  readonly outputSize: number;
  /** The shape of each state tensor for a batch of `batchSize` (e.g. [[B, H], [B, H]] for h and c). */
  stateShapes(batchSize: number): Shape[];
  /** The state before the first step: zeros of `stateShapes(batchSize)`. */
  initialState(batchSize: number): Tensor[];
  /** One time step: input [B, inputSize] and the previous state, to the output and the next state. */
  step(input: Variable, state: readonly Variable[]): CellStep;
}

/**
 * A base class for cells: a {@link Module} implementing {@link RecurrentCell},
 * with `initialState` as zeros of `stateShapes`. Subclasses declare their
 * Parameters as fields and write `stateShapes` and `step`.
 *
 * @example
 * ```ts
 * class ElmanCell extends RecurrentCellModule {
 *   readonly weight_ih: Parameter; readonly weight_hh: Parameter;
 *   constructor(readonly inputSize: number, readonly outputSize: number) { super(); ... }
 *   stateShapes(batchSize: number) { return [[batchSize, this.outputSize]]; }
 *   step(x: Variable, [h]: readonly Variable[]) {
 *     const next = tanh(add(matMul(x, this.weight_ih, { transposeB: true }), matMul(h, this.weight_hh, { transposeB: true })));
 *     return { output: next, state: [next] };
 *   }
 * }
 * ```
 */
export abstract class RecurrentCellModule extends Module implements RecurrentCell {
  /** The size of each input vector. */
  abstract readonly inputSize: number;
  /** The size of each output vector. */
  abstract readonly outputSize: number;
  /** The shape of each state tensor for a batch of `batchSize`. */
  abstract stateShapes(batchSize: number): Shape[];
  /** One time step: input [B, inputSize] and the previous state, to the output and the next state. */
  abstract step(input: Variable, state: readonly Variable[]): CellStep;

  /** Zeros of `stateShapes(batchSize)`: the state before the first step. */
  initialState(batchSize: number): Tensor[] {
    return this.stateShapes(batchSize).map((shape) => new Tensor(new Float32Array(sizeOf(shape)), shape));
  }
}
