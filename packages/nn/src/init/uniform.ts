/**
 * The uniform initializer.
 */
import { Tensor, ValueError, sizeOf, type RandomSource, type Shape, rngFrom } from '@mnemo/tensor';
import { checkInitShape } from './check-shape.js';

/**
 * A tensor of values drawn uniformly from [low, high), seeded.
 *
 * w ~ U(low, high)
 *
 * Shapes: returns a tensor of `shape`.
 *
 * @example
 * ```ts
 * uniform([2, 3], -0.1, 0.1, { seed: 0 }).shape // [2, 3]
 * ```
 */
export function uniform(shape: Shape, low: number, high: number, source: RandomSource): Tensor {
  checkInitShape('uniform', shape);
  if (!Number.isFinite(low) || !Number.isFinite(high) || high < low) {
    throw new ValueError(`uniform(shape, low, high, source): need finite low <= high, got low=${low}, high=${high}`);
  }
  const rng = rngFrom('uniform', source);
  const data = new Float32Array(sizeOf(shape));
  const span = high - low;
  for (let i = 0; i < data.length; i++) data[i] = low + span * rng.next();
  return new Tensor(data, shape);
}
