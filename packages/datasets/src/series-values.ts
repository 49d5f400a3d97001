/**
 * Internal: reads a univariate series (numbers, a typed array or a Tensor) as
 * finite numbers, so NaN never leaks from a gap in the data into training.
 */
import { isTensor, ValueError, type Tensor } from '@mnemo/tensor';
import { describe } from './options.js';

/** A univariate series: a plain array, a typed array, or a Tensor (read in row-major order). */
export type SeriesLike = ArrayLike<number> | Tensor;

/** The values of a series; throws ValueError on anything that is not a finite number. */
export function seriesValues(op: string, name: string, series: SeriesLike): ArrayLike<number> {
  const values = isTensor(series) ? series.data : series;
  if (values === null || typeof values !== 'object' || typeof values.length !== 'number') {
    throw new ValueError(`${op}: ${name} must be an array of numbers, a Float32Array or a Tensor, got ${describe(series)}`);
  }
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ValueError(`${op}: ${name}[${index}] is ${describe(value)}; every value must be a finite number (fill or drop gaps first)`);
    }
  }
  return values;
}
