/**
 * LSTM: a stacked, optionally bidirectional LSTM layer over whole sequences,
 * shaped and named exactly like PyTorch's `nn.LSTM`, running on the fused
 * whole-sequence op (./lstm-layer-op.ts).
 */
import { concat, mul, permute, stack, type Parameter, type Variable } from '@mnemo/autograd';
import { Module } from '@mnemo/nn';
import { ShapeError, Tensor, ValueError, formatShape, type Rng, rngFrom } from '@mnemo/tensor';
import { gateTrace, type GateTrace } from './gate-trace.js';
import { addForgetBias, checkFiniteOption, checkSize, recurrentParameter, type RandomOption } from './init.js';
import type { LstmSequenceRecord } from './kernels/lstm-sequence-forward.js';
import { resolveLengths, type Lengths } from './lengths.js';
import { lstmLayer } from './lstm-layer-op.js';
import { selectState, sequenceInput } from './select-state.js';

/** Options of {@link LSTM}; the names are PyTorch's, in camelCase. */
export type LSTMOptions = RandomOption & {
  /** The size of each input vector. */
  inputSize: number;
  /** H, the size of the hidden and cell states. */
  hiddenSize: number;
  /** How many LSTM layers are stacked. Default 1. */
  numLayers?: number;
  /** Also run each layer from the end backwards and concatenate both directions. Default false. */
  bidirectional?: boolean;
  /** x and output are [B, T, features] instead of [T, B, features]. Default false. */
  batchFirst?: boolean;
  /** Dropout probability on the output of every layer but the last, in training mode. Default 0. */
  dropout?: number;
  /** Whether to have the biases b_ih and b_hh. Default true. */
  bias?: boolean;
  /** Added to the forget-gate slice of every `bias_ih` at initialization (1 is a common choice). Default 0. */
  forgetBias?: number;
  /**
   * Clamps every gate pre-activation (of i, f, g and o) to [-cellClip, cellClip]
   * before its activation, like ONNX LSTM's `clip` attribute (and onnxruntime):
   * the gates' inputs are clipped, not the cell state c. Clamped elements pass
   * no gradient. Default: no clipping.
   */
  cellClip?: number;
};

/** Options of {@link LSTM.forward}. */
export interface LSTMForwardOptions {
  /** `[h_0, c_0]`, each `[numLayers * D, B, H]` (layer-major, forward then reverse). Default zeros. */
  initialState?: readonly [Variable | Tensor, Variable | Tensor];
  /** Each sequence's length, B integers in [1, T]: steps past it are padding. Default: all T. */
  lengths?: Lengths;
  /** Also return the gate activations and states of every step (see {@link GateTrace}). Default false. */
  trace?: boolean;
}

/** What {@link LSTM.forward} returns. */
export interface LSTMResult {
  /** The last layer's h at every step, `[T, B, D*H]` (`[B, T, D*H]` with batchFirst); zero at padded steps. */
  output: Variable;
  /** `[h_n, c_n]`, each `[numLayers * D, B, H]`: each sequence's state after its own last step. */
  hidden: [Variable, Variable];
  /** One {@link GateTrace} per layer and direction (layer-major, forward then reverse), when asked for. */
  trace?: GateTrace[];
}

const DIRECTION_SUFFIXES = ['', '_reverse'] as const;

/**
 * A multi-layer LSTM over whole sequences, PyTorch's `nn.LSTM` in shapes,
 * parameter names and layout. Each layer computes, at every step t
 * (gates i, f, g, o; D = 2 directions when bidirectional, else 1):
 *
 * ```text
 * z = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh      split into z_i, z_f, z_g, z_o
 * i = σ(z_i),  f = σ(z_f),  g = tanh(z_g),  o = σ(z_o)
 * c_t = f ⊙ c_{t-1} + i ⊙ g
 * h_t = o ⊙ tanh(c_t)
 * ```
 *
 * Layer k > 0 reads the (dropped-out, in training) output of layer k − 1.
 *
 * Shapes: x `[T, B, inputSize]` (or `[B, T, inputSize]` with `batchFirst`);
 * output `[T, B, D*H]` (or `[B, T, D*H]`); h_n and c_n `[numLayers*D, B, H]`.
 * With `lengths`, padded steps neither change the state nor receive a
 * gradient, output there is exactly zero, h_n holds each sequence's state
 * after its own last step, and the reverse direction starts at each
 * sequence's own end.
 *
 * Parameters (registered in PyTorch's order, so `stateDict()` keys match
 * `nn.LSTM.state_dict()` and a PyTorch state dict loads as is):
 * `weight_ih_l{k}` [4H, in_k], `weight_hh_l{k}` [4H, H], `bias_ih_l{k}`,
 * `bias_hh_l{k}` [4H], plus the same with `_reverse` when bidirectional; gate
 * blocks in the order i, f, g, o; in_0 = inputSize, in_k = `D*H`. Initialized
 * from U(-1/√H, 1/√H), seeded.
 *
 * Never silently produces NaN or Infinity: a non-finite state or gradient
 * throws {@link NonFiniteError} naming the layer, direction and step.
 *
 * @example
 * ```ts
 * const lstm = new LSTM({ inputSize: 8, hiddenSize: 16, numLayers: 2, bidirectional: true, batchFirst: true, seed: 0 });
 * const x = randn([4, 10, 8], { seed: 1 });                       // 4 sequences of 10 steps
 * const { output, hidden: [h, c] } = lstm.forward(x, { lengths: [10, 7, 3, 10] });
 * output.shape // [4, 10, 32]
 * h.shape      // [4, 4, 16]   (2 layers x 2 directions)
 * ```
 */
export class LSTM extends Module {
  /** The size of each input vector. */
  readonly inputSize: number;
  /** H, the size of the hidden and cell states. */
  readonly hiddenSize: number;
  /** How many layers are stacked. */
  readonly numLayers: number;
  /** Whether a second direction runs from each sequence's end. */
  readonly bidirectional: boolean;
  /** Whether x and output are [B, T, features] (else [T, B, features]). */
  readonly batchFirst: boolean;
  /** Dropout probability between layers (training mode only). */
  readonly dropout: number;
  /** Whether the layer has the biases b_ih and b_hh. */
  readonly bias: boolean;
  /** The clamp of the gate pre-activations, or null for none. */
  readonly cellClip: number | null;
  /** Draws the dropout masks (after the initial weights). */
  readonly #rng: Rng;

  constructor(options: LSTMOptions) {
    super();
    const op = 'LSTM(options)';
    if (typeof options !== 'object' || options === null) throw new ValueError(`${op}: options must be an object with inputSize and hiddenSize`);
    const { inputSize, hiddenSize, numLayers = 1, bidirectional = false, batchFirst = false, dropout = 0, bias = true, forgetBias = 0, cellClip } = options;
    checkSize(op, 'options.inputSize', inputSize);
    checkSize(op, 'options.hiddenSize', hiddenSize);
    checkSize(op, 'options.numLayers', numLayers);
    checkFlag(op, 'bidirectional', bidirectional);
    checkFlag(op, 'batchFirst', batchFirst);
    checkFlag(op, 'bias', bias);
    if (typeof dropout !== 'number' || !(dropout >= 0 && dropout < 1)) throw new ValueError(`${op}: options.dropout must be a number in [0, 1), got ${String(dropout)}`);
    checkFiniteOption(op, 'options.forgetBias', forgetBias);
    if (cellClip !== undefined && (typeof cellClip !== 'number' || !(cellClip > 0) || !Number.isFinite(cellClip))) {
      throw new ValueError(`${op}: options.cellClip must be a positive finite number, got ${String(cellClip)}`);
    }
    this.#rng = rngFrom(op, options);
    this.inputSize = inputSize;
    this.hiddenSize = hiddenSize;
    this.numLayers = numLayers;
    this.bidirectional = bidirectional;
    this.batchFirst = batchFirst;
    this.dropout = dropout;
    this.bias = bias;
    this.cellClip = cellClip ?? null;
    const directions = bidirectional ? 2 : 1;
    for (let layer = 0; layer < numLayers; layer++) {
      const layerInput = layer === 0 ? inputSize : directions * hiddenSize;
      for (let direction = 0; direction < directions; direction++) {
        const suffix = `_l${layer}${DIRECTION_SUFFIXES[direction]}`;
        this.registerParameter(`weight_ih${suffix}`, recurrentParameter([4 * hiddenSize, layerInput], hiddenSize, this.#rng));
        this.registerParameter(`weight_hh${suffix}`, recurrentParameter([4 * hiddenSize, hiddenSize], hiddenSize, this.#rng));
        if (bias) {
          const biasIh = this.registerParameter(`bias_ih${suffix}`, recurrentParameter([4 * hiddenSize], hiddenSize, this.#rng));
          this.registerParameter(`bias_hh${suffix}`, recurrentParameter([4 * hiddenSize], hiddenSize, this.#rng));
          if (forgetBias !== 0) addForgetBias(biasIh, hiddenSize, forgetBias);
        }
      }
    }
  }

  /** The number of directions: 2 when bidirectional, else 1. */
  get directions(): number {
    return this.bidirectional ? 2 : 1;
  }

  /**
   * Runs the LSTM over a batch of sequences. See the class documentation for
   * shapes; `options.lengths` handles batches of different lengths and
   * `options.trace` returns every gate activation.
   *
   * @example
   * ```ts
   * const { output, hidden: [h, c], trace } = lstm.forward(x, { lengths: [5, 3], trace: true });
   * trace?.[0].f // forget gate of layer 0 at every step
   * ```
   */
  forward(x: Variable | Tensor, options: LSTMForwardOptions = {}): LSTMResult {
    const op = 'LSTM.forward(x)';
    const input = sequenceInput(op, x);
    if (input.rank !== 3 || input.shape[2] !== this.inputSize) {
      const layout = this.batchFirst ? '[B, T, inputSize]' : '[T, B, inputSize]';
      throw new ShapeError(`${op}: x must be ${layout} with inputSize ${this.inputSize}, got ${formatShape(input.shape)}`);
    }
    const [steps, batchSize] = this.batchFirst ? [input.shape[1], input.shape[0]] : [input.shape[0], input.shape[1]];
    if (steps === 0 || batchSize === 0) throw new ShapeError(`${op}: x ${formatShape(input.shape)} has no ${steps === 0 ? 'time steps' : 'sequences'}`);
    const lengths = resolveLengths(op, options.lengths, batchSize, steps);
    const initial = this.#initialState(op, options.initialState, batchSize);
    const directions = this.directions;
    const named = this.#parameters();

    let layerInput = this.batchFirst ? permute(input, [1, 0, 2]) : input;
    const finalHidden: Variable[] = [];
    const finalCell: Variable[] = [];
    const trace: GateTrace[] = [];
    for (let layer = 0; layer < this.numLayers; layer++) {
      const outputs: Variable[] = [];
      for (let direction = 0; direction < directions; direction++) {
        const index = layer * directions + direction;
        const weights = named[index];
        const state = initial === null ? [] : [selectState(initial[0], index), selectState(initial[1], index)];
        const capture: { record: LstmSequenceRecord | null } = { record: null };
        const [output, hN, cN] = lstmLayer([layerInput, ...weights, ...state], {
          bias: this.bias, initialState: initial !== null, lengths, reverse: direction === 1,
          cellClip: this.cellClip, layer, capture: options.trace ? capture : undefined,
        });
        outputs.push(output);
        finalHidden.push(hN);
        finalCell.push(cN);
        if (options.trace && capture.record !== null) {
          trace.push(gateTrace(capture.record, { steps, batchSize, hiddenSize: this.hiddenSize }, lengths, layer, direction === 1, this.batchFirst));
        }
      }
      layerInput = directions === 1 ? outputs[0] : concat(outputs, 2);
      if (layer < this.numLayers - 1 && this.training && this.dropout > 0) layerInput = mul(layerInput, this.#dropoutMask(layerInput.shape));
    }
    const output = this.batchFirst ? permute(layerInput, [1, 0, 2]) : layerInput;
    const result: LSTMResult = { output, hidden: [stack(finalHidden, 0), stack(finalCell, 0)] };
    if (options.trace) result.trace = trace;
    return result;
  }

  /** The op inputs [W_ih, W_hh, (b_ih, b_hh)] of each layer-direction, in layer-major order. */
  #parameters(): Parameter[][] {
    const byName = this as unknown as Record<string, Parameter>;
    const groups: Parameter[][] = [];
    for (let layer = 0; layer < this.numLayers; layer++) {
      for (let direction = 0; direction < this.directions; direction++) {
        const suffix = `_l${layer}${DIRECTION_SUFFIXES[direction]}`;
        const names = this.bias ? ['weight_ih', 'weight_hh', 'bias_ih', 'bias_hh'] : ['weight_ih', 'weight_hh'];
        groups.push(names.map((name) => byName[name + suffix]));
      }
    }
    return groups;
  }

  /** Validates `initialState`, returning [h_0, c_0] or null. */
  #initialState(op: string, state: LSTMForwardOptions['initialState'], batchSize: number): [Variable | Tensor, Variable | Tensor] | null {
    if (state === undefined) return null;
    if (!Array.isArray(state) || state.length !== 2) throw new ValueError(`${op}: options.initialState must be [h0, c0]`);
    const expected = [this.numLayers * this.directions, batchSize, this.hiddenSize];
    state.forEach((value, k) => {
      const shape = (value as { shape?: readonly number[] } | null)?.shape;
      if (shape === undefined || shape.length !== 3 || shape.some((size, axis) => size !== expected[axis])) {
        throw new ShapeError(`${op}: initialState[${k}] (${k === 0 ? 'h0' : 'c0'}) must be ${formatShape(expected)} (numLayers*directions, B, hiddenSize), got ${shape === undefined ? String(value) : formatShape(shape)}`);
      }
    });
    return [state[0], state[1]];
  }

  /** An inverted-dropout mask: 0 with probability p, else 1/(1 − p), from this module's generator. */
  #dropoutMask(shape: readonly number[]): Tensor {
    const data = new Float32Array(shape.reduce((a, b) => a * b, 1));
    const keep = 1 - this.dropout;
    for (let k = 0; k < data.length; k++) data[k] = this.#rng.next() < keep ? 1 / keep : 0;
    return new Tensor(data, shape);
  }
}

function checkFlag(op: string, name: string, value: unknown): void {
  if (typeof value !== 'boolean') throw new ValueError(`${op}: options.${name} must be a boolean, got ${String(value)}`);
}
