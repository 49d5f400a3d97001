/**
 * Summary statistics of timing samples: medians resist the outliers a shared
 * machine produces (a neighbour's job, a GC pause) better than means do.
 */

/** Summary of a set of samples. */
export interface Summary {
  /** Number of samples. */
  count: number;
  median: number;
  min: number;
  max: number;
  /** First and third quartiles (linear interpolation between order statistics). */
  q1: number;
  q3: number;
  /** Interquartile range relative to the median: a noise figure, 0.05 = 5%. */
  relativeSpread: number;
}

/**
 * The q-quantile of `values` (0 <= q <= 1) with linear interpolation between
 * order statistics (NumPy's default); NaN for no values.
 *
 * @example
 * ```ts
 * quantile([1, 2, 3, 4], 0.5) // 2.5
 * ```
 */
export function quantile(values: readonly number[], q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q must be in [0, 1], got ${q}`);
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/**
 * The middle value of `values` (the mean of the two middle ones for an even count).
 *
 * @example
 * ```ts
 * median([5, 1, 3]) // 3
 * ```
 */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/**
 * Count, median, extremes, quartiles and relative spread of `values`.
 *
 * @example
 * ```ts
 * summarize([1, 2, 3, 4, 100]).median // 3
 * ```
 */
export function summarize(values: readonly number[]): Summary {
  const mid = median(values);
  const q1 = quantile(values, 0.25);
  const q3 = quantile(values, 0.75);
  return {
    count: values.length,
    median: mid,
    min: values.length === 0 ? NaN : Math.min(...values),
    max: values.length === 0 ? NaN : Math.max(...values),
    q1,
    q3,
    relativeSpread: mid === 0 ? NaN : (q3 - q1) / mid,
  };
}

/**
 * Median over rounds of the paired ratio `peer[r] / mnemo[r]` of times taken in
 * the same round: how many times faster mnemo is. Pairing by round cancels
 * slow drift of the machine, which hits both contenders of a round alike.
 *
 * @example
 * ```ts
 * pairedSpeedup([10, 20], [2, 5]) // median of [5, 4] = 4.5
 * ```
 */
export function pairedSpeedup(peerTimes: readonly number[], mnemoTimes: readonly number[]): number {
  const count = Math.min(peerTimes.length, mnemoTimes.length);
  const ratios: number[] = [];
  for (let round = 0; round < count; round++) ratios.push(peerTimes[round] / mnemoTimes[round]);
  return median(ratios);
}
