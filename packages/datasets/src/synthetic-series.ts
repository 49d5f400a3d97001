/**
 * syntheticSeries: a seeded seasonal series with trend and noise, for examples and tests.
 */
import { ValueError, type Rng, rngFrom } from '@mnemo/tensor';
import { checkFinite, checkInteger, checkOptions } from './options.js';

/** Options of {@link syntheticSeries}. */
export interface SyntheticSeriesOptions {
  /** Number of values. */
  length: number;
  /** Steps in one seasonal cycle (default 12). A positive number, not necessarily whole. */
  period?: number;
  /** Height of the seasonal wave (default 1). */
  amplitude?: number;
  /** Added per step (default 0). */
  trend?: number;
  /** Standard deviation of the Gaussian noise (default 0.1). */
  noise?: number;
  /** Value at step 0 before season and noise (default 0). */
  level?: number;
  /** Seed of the noise (or pass `rng`); required unless `noise` is 0. */
  seed?: number;
  /** Generator to draw the noise from. */
  rng?: Rng;
}

/**
 * A synthetic series: level plus linear trend plus a sine season plus
 * Gaussian noise, reproducible from its seed.
 *
 * ```text
 * x[t] = level + trend · t + amplitude · sin(2π t / period) + noise · ε_t,   ε_t ~ N(0, 1)
 * ```
 *
 * @returns a Float32Array of `length` values.
 *
 * @example
 * ```ts
 * const series = syntheticSeries({ length: 200, period: 24, trend: 0.01, noise: 0.1, seed: 3 });
 * const { inputs, targets } = slidingWindows(series, { windowSize: 24 }); // [176, 24, 1], [176, 1]
 * ```
 */
export function syntheticSeries(options: SyntheticSeriesOptions): Float32Array {
  const op = 'syntheticSeries(options)';
  if (options === undefined) throw new ValueError(`${op}: options { length, seed } are required`);
  checkOptions(op, options, ['length', 'period', 'amplitude', 'trend', 'noise', 'level', 'seed', 'rng']);
  const length = checkInteger(op, 'length', options.length, 0);
  const period = checkFinite(op, 'period', options.period ?? 12);
  if (period <= 0) throw new ValueError(`${op}: period must be positive, got ${period}`);
  const amplitude = checkFinite(op, 'amplitude', options.amplitude ?? 1);
  const trend = checkFinite(op, 'trend', options.trend ?? 0);
  const level = checkFinite(op, 'level', options.level ?? 0);
  const noise = checkFinite(op, 'noise', options.noise ?? 0.1);
  if (noise < 0) throw new ValueError(`${op}: noise must be >= 0, got ${noise}`);
  const rng = noise > 0 || options.seed !== undefined || options.rng !== undefined ? rngFrom(op, options) : undefined;
  const series = new Float32Array(length);
  for (let t = 0; t < length; t++) {
    const value = level + trend * t + amplitude * Math.sin((2 * Math.PI * t) / period);
    series[t] = rng === undefined ? value : value + noise * rng.normal();
  }
  return series;
}
