import { ValueError } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { glorotUniform } from './glorot-uniform.js';
import { stats } from './test-stats.js';

describe('glorotUniform', () => {
  it('draws from ±gain·√(6/(fanIn+fanOut)), filling the range', () => {
    const bound = 2 * Math.sqrt(6 / (300 + 100));
    const { min, max, std } = stats(glorotUniform([300, 100], { seed: 0, gain: 2 }).data);
    expect(min).toBeGreaterThanOrEqual(-bound);
    expect(max).toBeLessThanOrEqual(bound);
    expect(max).toBeGreaterThan(0.99 * bound);
    expect(std).toBeCloseTo(bound / Math.sqrt(3), 2);
  });

  it('is deterministic by seed and rejects a negative gain', () => {
    expect(Array.from(glorotUniform([3, 2], { seed: 1 }).data)).toEqual(Array.from(glorotUniform([3, 2], { seed: 1 }).data));
    expect(() => glorotUniform([3, 2], { seed: 1, gain: -1 })).toThrow(ValueError);
    expect(() => glorotUniform([3], { seed: 1 })).toThrow(/glorotUniform\(shape\): fan-in/);
  });
});
