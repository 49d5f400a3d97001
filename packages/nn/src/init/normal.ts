/**
 * The normal (Gaussian) initializer.
 */
import { Tensor, ValueError, sizeOf, type RandomSource, type Shape, rngFrom } from '@mnemo/tensor';
import { checkInitShape } from './check-shape.js';

/**
 * A tensor of values drawn from a normal distribution, seeded.
 *
 * w ~ N(mean, std²)
 *
 * Shapes: returns a tensor of `shape`.
 *
 * @example
 * ```ts
 * normal([100, 50], 0, 0.02, { seed: 0 }).shape // [100, 50]
 * ```
 */
export function normal(shape: Shape, mean: number, std: number, source: RandomSource): Tensor {
  checkInitShape('normal', shape);
  if (!Number.isFinite(mean) || !Number.isFinite(std) || std < 0) {
    throw new ValueError(`normal(shape, mean, std, source): need finite mean and std >= 0, got mean=${mean}, std=${std}`);
  }
  const rng = rngFrom('normal', source);
  const data = new Float32Array(sizeOf(shape));
  for (let i = 0; i < data.length; i++) data[i] = mean + std * rng.normal();
  return new Tensor(data, shape);
}
