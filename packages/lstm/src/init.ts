/**
 * Parameter initialization shared by the cells and the LSTM layer (internal).
 */
import { Parameter } from '@mnemo/autograd';
import { ValueError, createRng, uniform, type RandomSource, type Rng, type Shape } from '@mnemo/tensor';

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

/** The generator behind `{ seed } | { rng }`; throws ValueError when neither is given. */
export function rngFrom(op: string, source: RandomOption | undefined): Rng {
  if (source?.rng !== undefined) {
    if (typeof source.rng.next !== 'function') throw new ValueError(`${op}: options.rng must be a generator from createRng(seed)`);
    return source.rng;
  }
  if (source?.seed !== undefined) {
    if (!Number.isInteger(source.seed)) throw new ValueError(`${op}: options.seed must be an integer, got ${String(source.seed)}`);
    return createRng(source.seed);
  }
  throw new ValueError(`${op}: pass { seed } or { rng } so the initial weights are reproducible`);
}

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
