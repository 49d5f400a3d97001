import { ValueError } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { normal } from './normal.js';
import { stats } from './test-stats.js';

describe('normal', () => {
  it('has the requested mean and standard deviation', () => {
    const { mean, std } = stats(normal([200, 100], 3, 0.5, { seed: 2 }).data);
    expect(Math.abs(mean - 3)).toBeLessThan(0.02); // standard error 0.0035
    expect(std).toBeCloseTo(0.5, 2);
  });

  it('is deterministic by seed', () => {
    expect(Array.from(normal([4], 0, 1, { seed: 9 }).data)).toEqual(Array.from(normal([4], 0, 1, { seed: 9 }).data));
    expect(Array.from(normal([4], 0, 1, { seed: 9 }).data)).not.toEqual(Array.from(normal([4], 0, 1, { seed: 10 }).data));
  });

  it('rejects a negative or non-finite std', () => {
    expect(() => normal([2], 0, -1, { seed: 0 })).toThrow(ValueError);
    expect(() => normal([2], NaN, 1, { seed: 0 })).toThrow(/mean=NaN/);
  });
});
