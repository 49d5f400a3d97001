/**
 * Glorot (Xavier) uniform initialization.
 */
import { ValueError, type RandomSource, type Shape, type Tensor } from '@mnemo/tensor';
import { computeFans } from './fans.js';
import { uniform } from './uniform.js';

/** Options for {@link glorotUniform}: a gain and `{ seed }` or `{ rng }`. */
export type GlorotUniformOptions = RandomSource & {
  /** Scales the bound (e.g. 5/3 before tanh). Default 1. */
  gain?: number;
};

/**
 * Glorot & Bengio (2010) uniform initialization: keeps the variance of
 * activations and gradients about equal from layer to layer.
 *
 * w ~ U(-a, a),  a = gain · √(6 / (fanIn + fanOut))
 *
 * Shapes: `shape` has rank >= 2; fans as in {@link computeFans}.
 *
 * @example
 * ```ts
 * glorotUniform([64, 32], { seed: 0 });          // values in ±√(6/96) = ±0.25
 * glorotUniform([64, 32], { gain: 5 / 3, rng });
 * ```
 */
export function glorotUniform(shape: Shape, options: GlorotUniformOptions): Tensor {
  const { fanIn, fanOut } = computeFans(shape, 'glorotUniform');
  const gain = options?.gain ?? 1;
  if (!Number.isFinite(gain) || gain < 0) throw new ValueError(`glorotUniform(shape, options): gain must be a finite number >= 0, got ${gain}`);
  const bound = fanIn + fanOut === 0 ? 0 : gain * Math.sqrt(6 / (fanIn + fanOut));
  return uniform(shape, -bound, bound, options);
}
