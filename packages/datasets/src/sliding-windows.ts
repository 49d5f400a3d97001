/**
 * slidingWindows: a series to (input window, next values) training pairs.
 */
import { Tensor, ValueError } from '@mnemo/tensor';
import { checkInteger, checkOptions } from './options.js';
import { seriesValues, type SeriesLike } from './series-values.js';

/** Options of {@link slidingWindows}. */
export interface SlidingWindowsOptions {
  /** Steps in each input window, W. */
  windowSize: number;
  /** Values to predict after each window, H (default 1). */
  horizon?: number;
  /** Steps between the starts of consecutive windows (default 1). */
  stride?: number;
}

/** The result of {@link slidingWindows}. */
export interface Windows {
  /** `[N, W, 1]`: batch-first LSTM input with one feature. */
  inputs: Tensor;
  /** `[N, H]`: the H values that follow each window. */
  targets: Tensor;
}

/**
 * Cuts a series x into overlapping windows and the values that follow them,
 * the training pairs of a one-step (or H-step) forecaster:
 *
 * ```text
 * inputs[n, w, 0] = x[n·stride + w]          for w < W
 * targets[n, h]   = x[n·stride + W + h]      for h < H
 * N = floor((len(x) - W - H) / stride) + 1
 * ```
 *
 * Normalise the series first (see {@link StandardScaler}) and invert the
 * model's predictions with the same scaler.
 *
 * @param series - the values (array, Float32Array or Tensor), all finite.
 * @param options.windowSize - W >= 1.
 * @param options.horizon - H >= 1 (default 1).
 * @returns `{ inputs: [N, W, 1], targets: [N, H] }`.
 *
 * @example
 * ```ts
 * const { inputs, targets } = slidingWindows([1, 2, 3, 4, 5], { windowSize: 3 });
 * inputs.shape      // [2, 3, 1]: [1, 2, 3] and [2, 3, 4]
 * targets.toArray() // [[4], [5]]
 * ```
 */
export function slidingWindows(series: SeriesLike, options: SlidingWindowsOptions): Windows {
  const op = 'slidingWindows(series, options)';
  if (options === undefined) throw new ValueError(`${op}: options { windowSize } are required`);
  checkOptions(op, options, ['windowSize', 'horizon', 'stride']);
  const windowSize = checkInteger(op, 'windowSize', options.windowSize);
  const horizon = checkInteger(op, 'horizon', options.horizon ?? 1);
  const stride = checkInteger(op, 'stride', options.stride ?? 1);
  const values = seriesValues(op, 'series', series);
  if (values.length < windowSize + horizon) {
    throw new ValueError(`${op}: series has ${values.length} values; windowSize ${windowSize} + horizon ${horizon} needs at least ${windowSize + horizon}`);
  }
  const count = Math.floor((values.length - windowSize - horizon) / stride) + 1;
  const inputs = new Float32Array(count * windowSize);
  const targets = new Float32Array(count * horizon);
  for (let window = 0; window < count; window++) {
    const start = window * stride;
    for (let step = 0; step < windowSize; step++) inputs[window * windowSize + step] = values[start + step];
    for (let ahead = 0; ahead < horizon; ahead++) targets[window * horizon + ahead] = values[start + windowSize + ahead];
  }
  return { inputs: new Tensor(inputs, [count, windowSize, 1]), targets: new Tensor(targets, [count, horizon]) };
}
