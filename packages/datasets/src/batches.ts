/**
 * batches: consecutive mini-batches of a data set, optionally in seeded random order.
 */
import { ValueError, type Rng, rngFrom } from '@mnemo/tensor';
import { checkArray, checkBoolean, checkInteger, checkOptions } from './options.js';
import { shuffle } from './shuffle.js';

/** Options of {@link batches}. */
export interface BatchesOptions {
  /** Shuffle the items first (default false); then `seed` or `rng` is required. */
  shuffle?: boolean;
  /** Seed of the shuffle. */
  seed?: number;
  /** Generator to draw the shuffle from (advanced, so successive epochs differ). */
  rng?: Rng;
  /** Leave out a last batch smaller than `batchSize` (default false). */
  dropLast?: boolean;
}

/**
 * Yields the items in groups of `batchSize`, the last group smaller unless
 * `dropLast`. With `shuffle`, the order is a seeded permutation: pass one
 * `rng` for the whole run to get a different, reproducible order each epoch.
 *
 * Batches: ceil(n / batchSize), or floor(n / batchSize) with `dropLast`.
 *
 * @param items - the data set (not modified).
 * @param batchSize - a positive integer.
 * @returns a generator of arrays; each call to `batches` starts a new pass.
 *
 * @example
 * ```ts
 * [...batches([1, 2, 3, 4, 5], 2)]                    // [[1, 2], [3, 4], [5]]
 * [...batches([1, 2, 3, 4, 5], 2, { dropLast: true })] // [[1, 2], [3, 4]]
 * const rng = createRng(0);
 * for (let epoch = 0; epoch < 10; epoch++) for (const batch of batches(train, 32, { shuffle: true, rng })) { ... }
 * ```
 */
export function batches<T>(items: readonly T[], batchSize: number, options: BatchesOptions = {}): Generator<T[], void, undefined> {
  const op = 'batches(items, batchSize, options)';
  checkArray(op, 'items', items);
  checkInteger(op, 'batchSize', batchSize);
  checkOptions(op, options, ['shuffle', 'seed', 'rng', 'dropLast']);
  const shuffled = checkBoolean(op, 'shuffle', options.shuffle ?? false);
  const dropLast = checkBoolean(op, 'dropLast', options.dropLast ?? false);
  if (!shuffled && (options.seed !== undefined || options.rng !== undefined)) {
    throw new ValueError(`${op}: seed or rng given without shuffle: true; pass shuffle: true to shuffle`);
  }
  // Shuffle now, not on the first next(), so bad options throw at the call.
  const order = shuffled ? shuffle(items, { rng: rngFrom(op, options) }) : items;
  return slices(order, batchSize, dropLast);
}

function* slices<T>(order: readonly T[], batchSize: number, dropLast: boolean): Generator<T[], void, undefined> {
  const end = dropLast ? order.length - (order.length % batchSize) : order.length;
  for (let start = 0; start < end; start += batchSize) yield order.slice(start, start + batchSize);
}
