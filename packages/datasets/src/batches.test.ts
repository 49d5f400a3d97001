import { createRng } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { batches } from './batches.js';

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

describe('batches', () => {
  it('yields consecutive groups, the last one smaller', () => {
    expect([...batches([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
    expect([...batches([1, 2, 3, 4], 2)]).toEqual([[1, 2], [3, 4]]);
    expect([...batches([1, 2, 3], 10)]).toEqual([[1, 2, 3]]);
    expect([...batches([], 3)]).toEqual([]);
  });

  it('leaves out a short last batch with dropLast', () => {
    expect([...batches([1, 2, 3, 4, 5], 2, { dropLast: true })]).toEqual([[1, 2], [3, 4]]);
    expect([...batches([1, 2], 3, { dropLast: true })]).toEqual([]);
  });

  it('shuffles reproducibly from a seed, covering every item once', () => {
    const first = [...batches(range(25), 4, { shuffle: true, seed: 8 })];
    const again = [...batches(range(25), 4, { shuffle: true, seed: 8 })];
    expect(first).toEqual(again);
    expect(first.flat()).not.toEqual(range(25));
    expect(first.flat().sort((a, b) => a - b)).toEqual(range(25));
    expect(first.map((batch) => batch.length)).toEqual([4, 4, 4, 4, 4, 4, 1]);
  });

  it('gives a new, reproducible order each epoch from a shared generator', () => {
    const epochs = (seed: number) => {
      const rng = createRng(seed);
      return [0, 1].map(() => [...batches(range(10), 5, { shuffle: true, rng })]);
    };
    const [epoch0, epoch1] = epochs(4);
    expect(epoch0).not.toEqual(epoch1);
    expect(epochs(4)).toEqual([epoch0, epoch1]);
  });

  it('rejects bad arguments when called, not at the first batch', () => {
    expect(() => batches([1], 0)).toThrow(/batchSize must be a positive integer, got 0/);
    expect(() => batches([1], 2.5)).toThrow(/got 2.5/);
    expect(() => batches([1], 1, { shuffle: true })).toThrow(/pass \{ seed \} or \{ rng \}/);
    expect(() => batches([1], 1, { seed: 3 })).toThrow(/without shuffle: true/);
    expect(() => batches([1], 1, { drop_last: true } as never)).toThrow(/unknown option "drop_last"/);
  });
});
