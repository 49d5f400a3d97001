/**
 * RNN(cell): runs any RecurrentCell over a sequence, with the same shapes,
 * ragged-length handling and directions as LSTM. Built from autograd ops, so a
 * custom cell gets its gradient for free (only slower than the fused LSTM).
 */
import { concat, permute, stack, where, type Variable } from '@mnemo/autograd';
import { Module } from '@mnemo/nn';
import { ShapeError, Tensor, ValueError, formatShape } from '@mnemo/tensor';
import { resolveLengths, type Lengths } from './lengths.js';
import type { RecurrentCellModule } from './recurrent-cell.js';
import { selectState, sequenceInput, timeSteps } from './select-state.js';

/** Options of {@link RNN}. */
export interface RNNOptions {
  /** Also run a second cell from each sequence's end backwards; needs `reverseCell`. Default false. */
  bidirectional?: boolean;
  /** x and output are [B, T, features] instead of [T, B, features]. Default false. */
  batchFirst?: boolean;
  /** The cell of the reverse direction (its own weights, same sizes as `cell`); required when bidirectional. */
  reverseCell?: RecurrentCellModule;
}

/** Options of {@link RNN.forward}. */
export interface RNNForwardOptions {
  /** One tensor per state of the cell, each [D, ...stateShape] (e.g. [h0, c0], each [D, B, H]). Default: the cell's `initialState`. */
  initialState?: readonly (Variable | Tensor)[];
  /** Each sequence's length, B integers in [1, T]. Default: all T. */
  lengths?: Lengths;
  /** Also return the intermediates the cell reports in `step(...).trace`, stacked over time. Default false. */
  trace?: boolean;
}

/** The trace of one direction of an {@link RNN}: each named intermediate, [T, B, n] ([B, T, n] with batchFirst), zero at padded steps. */
export interface CellTrace {
  readonly direction: 'forward' | 'reverse';
  readonly values: Readonly<Record<string, Tensor>>;
}

/** What {@link RNN.forward} returns. */
export interface RNNResult {
  /** The cell outputs at every step, `[T, B, D*outputSize]` (`[B, T, D*outputSize]` with batchFirst); zero at padded steps. */
  output: Variable;
  /** The final state, one Variable per state of the cell, each `[D, ...stateShape]`: each sequence's state after its own last step. */
  hidden: Variable[];
  /** Per direction, the cell's traced intermediates (when asked for and the cell reports them). */
  trace?: CellTrace[];
}

/**
 * Runs a {@link RecurrentCell} over whole sequences, one `step` per time step:
 *
 *     output_t, state_t = cell.step(x_t, state_{t-1})
 *
 * With `lengths`, a padded step (t ≥ length) keeps the state
 * (`state_t = where(active, new, old)`) and outputs zero; the reverse direction
 * therefore starts at each sequence's own end. Shapes follow LSTM:
 * x `[T, B, inputSize]` or `[B, T, inputSize]` with `batchFirst`; output
 * `[T, B, D*outputSize]`; each final state stacked over directions `[D, ...]`.
 * The cells' parameters are named `cell.*` and `reverseCell.*`.
 *
 * @example
 * ```ts
 * const rnn = new RNN(new GRUCell(8, 16, { seed: 0 }), { batchFirst: true });
 * const { output, hidden: [h] } = rnn.forward(randn([4, 10, 8], { seed: 1 }), { lengths: [10, 3, 7, 10] });
 * output.shape // [4, 10, 16]
 * h.shape      // [1, 4, 16]
 * ```
 */
export class RNN extends Module {
  /** The cell of the forward direction. */
  readonly cell: RecurrentCellModule;
  /** The cell of the reverse direction, or null when not bidirectional. */
  readonly reverseCell: RecurrentCellModule | null;
  /** Whether a second direction runs from each sequence's end. */
  readonly bidirectional: boolean;
  /** Whether x and output are [B, T, features] (else [T, B, features]). */
  readonly batchFirst: boolean;

  constructor(cell: RecurrentCellModule, options: RNNOptions = {}) {
    super();
    const op = 'RNN(cell, options)';
    if (cell === null || typeof cell !== 'object' || typeof (cell as { step?: unknown }).step !== 'function') {
      throw new ValueError(`${op}: cell must implement RecurrentCell (inputSize, outputSize, stateShapes, initialState, step)`);
    }
    const { bidirectional = false, batchFirst = false, reverseCell } = options;
    if (bidirectional && reverseCell === undefined) throw new ValueError(`${op}: bidirectional needs options.reverseCell, a second cell with its own weights`);
    if (!bidirectional && reverseCell !== undefined) throw new ValueError(`${op}: options.reverseCell is only used when bidirectional is true`);
    if (reverseCell !== undefined && (reverseCell.inputSize !== cell.inputSize || reverseCell.outputSize !== cell.outputSize)) {
      throw new ValueError(`${op}: reverseCell must have the cell's sizes (inputSize ${cell.inputSize}, outputSize ${cell.outputSize}), got ${reverseCell.inputSize} and ${reverseCell.outputSize}`);
    }
    this.cell = cell;
    this.reverseCell = reverseCell ?? null;
    this.bidirectional = bidirectional;
    this.batchFirst = batchFirst;
  }

  /**
   * Runs the cell(s) over a batch of sequences; see the class documentation.
   *
   * @example
   * ```ts
   * const { output, hidden, trace } = rnn.forward(x, { lengths: [5, 2], trace: true });
   * ```
   */
  forward(x: Variable | Tensor, options: RNNForwardOptions = {}): RNNResult {
    const op = 'RNN.forward(x)';
    const input = sequenceInput(op, x);
    if (input.rank !== 3 || input.shape[2] !== this.cell.inputSize) {
      const layout = this.batchFirst ? '[B, T, inputSize]' : '[T, B, inputSize]';
      throw new ShapeError(`${op}: x must be ${layout} with inputSize ${this.cell.inputSize}, got ${formatShape(input.shape)}`);
    }
    const timeMajor = this.batchFirst ? permute(input, [1, 0, 2]) : input;
    const [steps, batchSize] = timeMajor.shape;
    if (steps === 0 || batchSize === 0) throw new ShapeError(`${op}: x ${formatShape(input.shape)} has no ${steps === 0 ? 'time steps' : 'sequences'}`);
    const lengths = resolveLengths(op, options.lengths, batchSize, steps);
    const cells = this.reverseCell === null ? [this.cell] : [this.cell, this.reverseCell];
    const initial = this.#initialState(op, options.initialState, batchSize, cells.length);
    const inputs = timeSteps(timeMajor);
    const masks = lengths === null ? null : stepMasks(lengths, steps);

    const outputs: Variable[] = [];
    const finals: Variable[][] = [];
    const traces: CellTrace[] = [];
    cells.forEach((cell, direction) => {
      let state = initial.map((value) => selectState(value, direction));
      const stepOutputs: Variable[] = new Array(steps);
      const traced: Record<string, Tensor[]> = {};
      for (let s = 0; s < steps; s++) {
        const t = direction === 1 ? steps - 1 - s : s;
        const result = cell.step(inputs[t], state);
        if (result.state.length !== state.length) {
          throw new ValueError(`${op}: cell.step returned ${result.state.length} state tensors, expected ${state.length} (one per stateShapes entry)`);
        }
        const mask = masks === null ? null : masks[t];
        state = mask === null ? result.state : result.state.map((next, k) => where(mask, next, state[k]));
        stepOutputs[t] = mask === null ? result.output : where(mask, result.output, 0);
        if (options.trace && result.trace) {
          for (const [name, value] of Object.entries(result.trace)) (traced[name] ??= new Array(steps))[t] = maskedCopy(value.value, mask);
        }
      }
      outputs.push(stack(stepOutputs, 0));
      finals.push(state);
      if (options.trace) traces.push({ direction: direction === 1 ? 'reverse' : 'forward', values: stackTrace(traced, this.batchFirst) });
    });
    const joined = outputs.length === 1 ? outputs[0] : concat(outputs, 2);
    const result: RNNResult = {
      output: this.batchFirst ? permute(joined, [1, 0, 2]) : joined,
      hidden: initial.map((_, k) => stack(finals.map((state) => state[k]), 0)),
    };
    if (options.trace) result.trace = traces;
    return result;
  }

  /** Validates `initialState` ([D, ...shape] per state) or builds it from the cell's zeros. */
  #initialState(op: string, state: RNNForwardOptions['initialState'], batchSize: number, directions: number): (Variable | Tensor)[] {
    const shapes = this.cell.stateShapes(batchSize);
    if (state === undefined) {
      return shapes.map((_, k) => {
        const zeros = [this.cell, this.reverseCell ?? this.cell].slice(0, directions).map((cell) => cell.initialState(batchSize)[k]);
        const shape = [directions, ...zeros[0].shape];
        const data = new Float32Array(zeros.reduce((total, value) => total + value.size, 0));
        zeros.forEach((value, direction) => data.set(value.data, direction * value.size));
        return new Tensor(data, shape);
      });
    }
    if (!Array.isArray(state) || state.length !== shapes.length) {
      throw new ValueError(`${op}: options.initialState must have ${shapes.length} tensors (one per state of the cell), got ${Array.isArray(state) ? state.length : typeof state}`);
    }
    state.forEach((value, k) => {
      const expected = [directions, ...shapes[k]];
      const shape = (value as { shape?: readonly number[] } | null)?.shape;
      if (shape === undefined || shape.length !== expected.length || shape.some((size, axis) => size !== expected[axis])) {
        throw new ShapeError(`${op}: initialState[${k}] must be ${formatShape(expected)} (directions, ...state shape), got ${shape === undefined ? String(value) : formatShape(shape)}`);
      }
    });
    return [...state];
  }
}

/** Per step, a [B, 1] mask tensor: 1 where the step is inside the sequence, 0 where it is padding. */
function stepMasks(lengths: Int32Array, steps: number): Tensor[] {
  const masks: Tensor[] = [];
  for (let t = 0; t < steps; t++) {
    masks.push(new Tensor(Float32Array.from(lengths, (length) => (t < length ? 1 : 0)), [lengths.length, 1]));
  }
  return masks;
}

/** A copy of a [B, n] trace value, zeroed at padded rows. */
function maskedCopy(value: Tensor, mask: Tensor | null): Tensor {
  const data = new Float32Array(value.data);
  if (mask !== null) {
    const width = value.size / mask.size;
    for (let b = 0; b < mask.size; b++) if (mask.data[b] === 0) data.fill(0, b * width, (b + 1) * width);
  }
  return new Tensor(data, value.shape);
}

/** Stacks each traced name's per-step [B, n] tensors into [T, B, n] (or [B, T, n]). */
function stackTrace(traced: Record<string, Tensor[]>, batchFirst: boolean): Record<string, Tensor> {
  const result: Record<string, Tensor> = {};
  for (const [name, perStep] of Object.entries(traced)) {
    const steps = perStep.length;
    const [batchSize, width] = [perStep[0].shape[0], perStep[0].size / perStep[0].shape[0]];
    const data = new Float32Array(steps * batchSize * width);
    perStep.forEach((value, t) => {
      for (let b = 0; b < batchSize; b++) {
        const target = batchFirst ? (b * steps + t) * width : (t * batchSize + b) * width;
        data.set(value.data.subarray(b * width, (b + 1) * width), target);
      }
    });
    result[name] = new Tensor(data, batchFirst ? [batchSize, steps, width] : [steps, batchSize, width]);
  }
  return result;
}
