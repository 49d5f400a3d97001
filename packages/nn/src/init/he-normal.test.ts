import { describe, expect, it } from 'vitest';
import { heNormal } from './he-normal.js';
import { stats } from './test-stats.js';

describe('heNormal', () => {
  it('has standard deviation √(2/fanIn) and mean 0', () => {
    const { mean, std } = stats(heNormal([400, 50], { seed: 3 }).data);
    expect(mean).toBeCloseTo(0, 2);
    expect(std).toBeCloseTo(Math.sqrt(2 / 50), 2);
  });

  it('uses the receptive field for rank > 2 and is deterministic', () => {
    const { std } = stats(heNormal([200, 4, 5], { seed: 3 }).data);
    expect(std).toBeCloseTo(Math.sqrt(2 / 20), 2);
    expect(Array.from(heNormal([2, 2], { seed: 8 }).data)).toEqual(Array.from(heNormal([2, 2], { seed: 8 }).data));
  });
});
