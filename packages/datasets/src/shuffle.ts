/**
 * shuffle: a seeded Fisher–Yates permutation.
 */
import { rngFrom } from '@mnemo/tensor';
import type { RandomSource } from '@mnemo/tensor';
import { checkArray, checkOptions } from './options.js';

/**
 * A shuffled copy of `items` (the input is left alone), by Fisher–Yates with a
 * seeded generator: the same seed gives the same order on every run.
 *
 * ```text
 * for i = n-1 down to 1: swap items[i] and items[j], j uniform in [0, i]
 * ```
 *
 * @param items - any array.
 * @param source - `{ seed }` for a fresh generator, or `{ rng }` to draw from (and advance) one you hold.
 * @returns a new array with the same elements in random order.
 *
 * @example
 * ```ts
 * shuffle([1, 2, 3, 4, 5], { seed: 42 }) // the same permutation every time
 * ```
 */
export function shuffle<T>(items: readonly T[], source: RandomSource): T[] {
  const op = 'shuffle(items, source)';
  checkArray(op, 'items', items);
  checkOptions(op, source, ['seed', 'rng']);
  const rng = rngFrom(op, source);
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const held = shuffled[i];
    shuffled[i] = shuffled[j];
    shuffled[j] = held;
  }
  return shuffled;
}
