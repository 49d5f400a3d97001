/**
 * trainTestSplit: a seeded, optionally stratified, hold-out split.
 */
import { ValueError, type RandomSource, rngFrom } from '@mnemo/tensor';
import { checkArray, checkFunction, checkOptions, describe } from './options.js';
import { shuffle } from './shuffle.js';

/** Options of {@link trainTestSplit}. */
export type TrainTestSplitOptions<T> = RandomSource & {
  /** Share of the items that go to `test`, strictly between 0 and 1. */
  testFraction: number;
  /** The class of an item (e.g. `(item) => item.label`): each class is split in the same proportion. */
  stratify?: (item: T) => unknown;
};

/**
 * Splits items into a training and a test set at random, reproducibly.
 *
 * Without `stratify`, `test` holds `round(n * testFraction)` items. With it,
 * each class c of `n_c` items contributes `round(n_c * testFraction)` items to
 * `test`, so each class's share of `test` and of `train` matches its share of
 * the whole to within one item per class. Both sets come back in shuffled order.
 *
 * @param items - the data set.
 * @param options - `testFraction` in (0, 1); optional `stratify`; `seed` or `rng` (required).
 * @returns `{ train, test }`, together holding every item exactly once.
 *
 * @example
 * ```ts
 * const { train, test } = trainTestSplit(loadSentimentSentences(), {
 *   testFraction: 0.2, stratify: (sentence) => sentence.label, seed: 7,
 * });
 * [train.length, test.length] // [2400, 600], each half positive
 * ```
 */
export function trainTestSplit<T>(items: readonly T[], options: TrainTestSplitOptions<T>): { train: T[]; test: T[] } {
  const op = 'trainTestSplit(items, options)';
  checkArray(op, 'items', items);
  if (options === undefined) throw new ValueError(`${op}: options { testFraction, seed } are required`);
  checkOptions(op, options, ['testFraction', 'stratify', 'seed', 'rng']);
  const { testFraction } = options;
  if (typeof testFraction !== 'number' || !(testFraction > 0 && testFraction < 1)) {
    throw new ValueError(`${op}: testFraction must be a number strictly between 0 and 1, got ${describe(testFraction)}`);
  }
  const classOf = options.stratify === undefined ? () => undefined : checkFunction<(item: T) => unknown>(op, 'stratify', options.stratify);
  const order = shuffle(items, { rng: rngFrom(op, options) });
  const keys = order.map((item) => classOf(item));

  const sizes = new Map<unknown, number>();
  for (const key of keys) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  // How many of each class still go to test: the first ones met in shuffled order do.
  const testQuota = new Map([...sizes].map(([key, size]) => [key, Math.round(size * testFraction)]));
  const train: T[] = [];
  const test: T[] = [];
  for (let index = 0; index < order.length; index++) {
    const item = order[index];
    const key = keys[index];
    const quota = testQuota.get(key)!;
    if (quota > 0) {
      test.push(item);
      testQuota.set(key, quota - 1);
    } else {
      train.push(item);
    }
  }
  return { train, test };
}
