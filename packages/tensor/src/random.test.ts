import { describe, expect, it } from 'vitest';
import { ValueError } from './errors.js';
import { createRng, rand, randn, rngFrom, uniform } from './random.js';

describe('createRng', () => {
  it('gives the same stream for the same seed and different streams for nearby seeds', () => {
    const a = createRng(7), b = createRng(7), c = createRng(8);
    const streamA = Array.from({ length: 8 }, () => a.nextUint32());
    const streamB = Array.from({ length: 8 }, () => b.nextUint32());
    const streamC = Array.from({ length: 8 }, () => c.nextUint32());
    expect(streamA).toEqual(streamB);
    expect(streamA.filter((value, i) => value === streamC[i])).toHaveLength(0);
  });

  it('draws uniform floats in [0, 1) with the right mean and variance', () => {
    const rng = createRng(1);
    const n = 20_000;
    let sum = 0, sumSq = 0, min = 1, max = 0;
    for (let i = 0; i < n; i++) {
      const x = rng.next();
      sum += x; sumSq += x * x; min = Math.min(min, x); max = Math.max(max, x);
    }
    const mean = sum / n;
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01); // std of the mean is 0.002
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.003);
  });

  it('draws standard normals with mean 0 and variance 1', () => {
    const rng = createRng(2);
    const n = 20_000;
    let sum = 0, sumSq = 0;
    for (let i = 0; i < n; i++) {
      const x = rng.normal();
      sum += x; sumSq += x * x;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03); // std of the mean is 0.007
    expect(Math.abs(sumSq / n - 1)).toBeLessThan(0.04);
  });

  it('int(n) covers [0, n) evenly and rejects a bad bound', () => {
    const rng = createRng(3);
    const counts = new Array(5).fill(0);
    for (let i = 0; i < 5000; i++) counts[rng.int(5)]++;
    for (const count of counts) expect(Math.abs(count - 1000)).toBeLessThan(150);
    expect(() => rng.int(0)).toThrow(ValueError);
    expect(() => rng.int(2.5)).toThrow(/positive integer, got 2.5/);
  });

  it('resumes exactly from a saved state, including a cached normal', () => {
    const rng = createRng(4);
    rng.normal(); // leaves the second Box–Muller deviate cached
    const state = rng.getState();
    const expected = [rng.normal(), rng.next(), rng.nextUint32()];
    const resumed = createRng(999);
    resumed.setState(state);
    expect([resumed.normal(), resumed.next(), resumed.nextUint32()]).toEqual(expected);
  });

  it('rejects a non-integer seed', () => {
    expect(() => createRng(1.5)).toThrow(ValueError);
  });
});

describe('rand, randn, uniform', () => {
  it('are reproducible from a seed and continue a shared generator', () => {
    expect(Array.from(randn([4], { seed: 5 }).data)).toEqual(Array.from(randn([4], { seed: 5 }).data));
    const rng = createRng(5);
    const first = rand([3], { rng });
    const second = rand([3], { rng });
    expect(Array.from(first.data)).not.toEqual(Array.from(second.data));
  });

  it('respect bounds, mean and std', () => {
    const u = uniform([1000], -2, 3, { seed: 6 });
    expect(Math.min(...u.data)).toBeGreaterThanOrEqual(-2);
    expect(Math.max(...u.data)).toBeLessThan(3);
    const r = randn([4000], { seed: 7, mean: 10, std: 0.5 });
    const mean = r.data.reduce((a, b) => a + b, 0) / r.size;
    expect(Math.abs(mean - 10)).toBeLessThan(0.05);
  });

  it('reject bad parameters and a missing seed', () => {
    expect(() => uniform([2], 3, 1, { seed: 0 })).toThrow(/need finite low <= high, got low=3, high=1/);
    expect(() => randn([2], { seed: 0, std: -1 })).toThrow(ValueError);
    expect(() => rand([2], undefined as never)).toThrow(/pass \{ seed \} or \{ rng \}/);
  });
});

describe('rngFrom', () => {
  it('returns the given generator or a fresh one from the seed', () => {
    const rng = createRng(0);
    expect(rngFrom('op', { rng })).toBe(rng);
    expect(rngFrom('op', { seed: 0 }).nextUint32()).toBe(createRng(0).nextUint32());
  });

  it('names the op when the option is missing, doubled or malformed', () => {
    expect(() => rngFrom('Linear', undefined)).toThrow('Linear: pass { seed } or { rng } so the result is reproducible');
    expect(() => rngFrom('Linear', { seed: 1, rng: createRng(1) })).toThrow('Linear: pass { seed } or { rng }, not both');
    expect(() => rngFrom('Linear', { seed: 0.5 })).toThrow('Linear: options.seed must be an integer, got 0.5');
    expect(() => rngFrom('Linear', { rng: {} as never })).toThrow('Linear: options.rng must be a generator from createRng(seed)');
  });
});
