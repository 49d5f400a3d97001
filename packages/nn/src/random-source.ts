/**
 * Resolving `{ seed } | { rng }` to a generator (internal).
 */
import { ValueError, createRng, type RandomSource, type Rng } from '@mnemo/tensor';

/** The generator to draw from: the given one, or a fresh one from the seed. Throws ValueError when neither is given. */
export function rngFrom(op: string, source: Partial<RandomSource> | undefined): Rng {
  if (source?.rng !== undefined) {
    if (typeof source.rng?.next !== 'function' || typeof source.rng?.normal !== 'function') {
      throw new ValueError(`${op}: options.rng must be a generator from createRng(seed)`);
    }
    return source.rng;
  }
  if (source?.seed !== undefined) {
    if (!Number.isInteger(source.seed)) throw new ValueError(`${op}: options.seed must be an integer, got ${String(source.seed)}`);
    return createRng(source.seed);
  }
  throw new ValueError(`${op}: pass { seed } or { rng } so the result is reproducible`);
}
