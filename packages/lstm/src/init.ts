/**
 * Parameter initialization shared by the cells and the LSTM layer (internal).
 */
import { Parameter } from '@mnemo/autograd';
import { rngFrom } from '@mnemo/tensor';
import { ValueError, uniform, type RandomSource, type Rng, type Shape } from '@mnemo/tensor';

/**
 * Where a cell's or layer's initial weights come from: `{ seed }` or `{ rng }`,
 * as every random choice in mnemo. Optional in the type so it can sit beside
 * the other options, but required at run time (a ValueError says so).
 *
 * @example
 * ```ts
 * new LSTMCell(8, 16, { seed: 0 });
 * new LSTMCell(8, 16, { rng: createRng(0) });
 * ```
 */
export type RandomOption = Partial<RandomSource>;

/** A Parameter drawn from U(-1/√H, 1/√H), PyTorch's initialization for every recurrent weight and bias. */
export function recurrentParameter(shape: Shape, hiddenSize: number, rng: Rng): Parameter {
  const bound = 1 / Math.sqrt(hiddenSize);
  return new Parameter(uniform(shape, -bound, bound, { rng }));
}

/** Adds `value` to the forget-gate slice [H, 2H) of a [4H] LSTM bias, in place. */
export function addForgetBias(bias: Parameter, hiddenSize: number, value: number): void {
  for (let j = hiddenSize; j < 2 * hiddenSize; j++) bias.value.data[j] += value;
}

/** Throws ValueError unless `value` is a positive integer; names the op and argument. */
export function checkSize(op: string, argument: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new ValueError(`${op}: ${argument} must be a positive integer, got ${String(value)}`);
  }
}

/** Throws ValueError unless `value` is a finite number (or undefined); names the op and argument. */
export function checkFiniteOption(op: string, argument: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) {
    throw new ValueError(`${op}: ${argument} must be a finite number, got ${String(value)}`);
  }
}

/** The four parameters every LSTM-style cell has, in PyTorch's layout (gate order i, f, g, o). */
export interface LSTMGateParameters {
  /** `[4H, inputSize]` */
  weight_ih: Parameter;
  /** `[4H, H]` */
  weight_hh: Parameter;
  /** `[4H]`, or null without bias. */
  bias_ih: Parameter | null;
  /** `[4H]`, or null without bias. */
  bias_hh: Parameter | null;
}

/**
 * Validates an LSTM-style cell's sizes and options and draws its gate
 * parameters from U(-1/√H, 1/√H), in PyTorch's order, with `forgetBias` added
 * to the forget slice of `bias_ih`. Returns the generator too, so a variant
 * draws its own extra parameters after these.
 */
export function lstmGateParameters(
  cellName: string,
  inputSize: number,
  hiddenSize: number,
  options: RandomOption & { bias?: boolean; forgetBias?: number },
): LSTMGateParameters & { rng: Rng } {
  checkSize(`${cellName}(inputSize, hiddenSize)`, 'inputSize', inputSize);
  checkSize(`${cellName}(inputSize, hiddenSize)`, 'hiddenSize', hiddenSize);
  checkFiniteOption(cellName, 'options.forgetBias', options.forgetBias);
  const rng = rngFrom(cellName, options);
  const weight_ih = recurrentParameter([4 * hiddenSize, inputSize], hiddenSize, rng);
  const weight_hh = recurrentParameter([4 * hiddenSize, hiddenSize], hiddenSize, rng);
  const bias = options.bias ?? true;
  const bias_ih = bias ? recurrentParameter([4 * hiddenSize], hiddenSize, rng) : null;
  const bias_hh = bias ? recurrentParameter([4 * hiddenSize], hiddenSize, rng) : null;
  if (bias_ih !== null && options.forgetBias) addForgetBias(bias_ih, hiddenSize, options.forgetBias);
  return { rng, weight_ih, weight_hh, bias_ih, bias_hh };
}
