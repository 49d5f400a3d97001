/**
 * He (Kaiming) normal initialization.
 */
import type { RandomSource, Shape, Tensor } from '@mnemo/tensor';
import { computeFans } from './fans.js';
import { normal } from './normal.js';

/** Options for {@link heNormal}: `{ seed }` or `{ rng }`. */
export type HeNormalOptions = RandomSource;

/**
 * He et al. (2015) normal initialization for layers followed by ReLU
 * (PyTorch's `kaiming_normal_` with its defaults: fan-in mode, ReLU gain √2).
 *
 * w ~ N(0, σ²),  σ = √(2 / fanIn)
 *
 * Shapes: `shape` has rank >= 2; fans as in {@link computeFans}.
 *
 * @example
 * ```ts
 * heNormal([128, 64], { seed: 0 }); // standard deviation √(2/64) = 0.177
 * ```
 */
export function heNormal(shape: Shape, options: HeNormalOptions): Tensor {
  const { fanIn } = computeFans(shape, 'heNormal');
  const std = fanIn === 0 ? 0 : Math.sqrt(2 / fanIn);
  return normal(shape, 0, std, options);
}
