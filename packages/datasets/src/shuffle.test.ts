import { createRng, ValueError } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { shuffle } from './shuffle.js';

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

describe('shuffle', () => {
  it('is a permutation and leaves the input alone', () => {
    const items = range(100);
    const shuffled = shuffle(items, { seed: 1 });
    expect(items).toEqual(range(100));
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });

  it('gives the same order for the same seed and a different one for another seed', () => {
    expect(shuffle(range(50), { seed: 42 })).toEqual(shuffle(range(50), { seed: 42 }));
    expect(shuffle(range(50), { seed: 42 })).not.toEqual(shuffle(range(50), { seed: 43 }));
  });

  it('draws from a shared generator, so successive calls differ but replay from the same state', () => {
    const rng = createRng(5);
    const first = shuffle(range(20), { rng });
    const second = shuffle(range(20), { rng });
    expect(first).not.toEqual(second);
    const replay = createRng(5);
    expect(shuffle(range(20), { rng: replay })).toEqual(first);
  });

  it('is uniform: each item lands in each position about equally often', () => {
    const rng = createRng(9);
    const counts = Array.from({ length: 4 }, () => new Array(4).fill(0));
    for (let trial = 0; trial < 4000; trial++) {
      shuffle([0, 1, 2, 3], { rng }).forEach((item, position) => counts[item][position]++);
    }
    for (const row of counts) for (const count of row) expect(Math.abs(count - 1000)).toBeLessThan(120);
  });

  it('handles empty and single-item arrays', () => {
    expect(shuffle([], { seed: 0 })).toEqual([]);
    expect(shuffle(['a'], { seed: 0 })).toEqual(['a']);
  });

  it('demands a seed or generator', () => {
    expect(() => shuffle([1, 2], {} as never)).toThrow(/pass \{ seed \} or \{ rng \}/);
    expect(() => shuffle([1, 2], { seed: 1.5 })).toThrow(/seed must be an integer, got 1.5/);
    expect(() => shuffle('abc' as never, { seed: 1 })).toThrow(ValueError);
  });
});
