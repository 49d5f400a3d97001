import { ShapeError, ValueError, createRng } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { stats } from './test-stats.js';
import { uniform } from './uniform.js';

describe('uniform', () => {
  it('draws from [low, high) with the right mean', () => {
    const { min, max, mean } = stats(uniform([100, 100], -0.5, 1.5, { seed: 1 }).data);
    expect(min).toBeGreaterThanOrEqual(-0.5);
    expect(max).toBeLessThan(1.5);
    expect(min).toBeLessThan(-0.49);
    expect(max).toBeGreaterThan(1.49);
    expect(mean).toBeCloseTo(0.5, 1);
  });

  it('is deterministic by seed; an rng continues its stream', () => {
    const a = uniform([5], 0, 1, { seed: 4 });
    expect(Array.from(uniform([5], 0, 1, { seed: 4 }).data)).toEqual(Array.from(a.data));
    const rng = createRng(4);
    const first = uniform([2], 0, 1, { rng });
    const second = uniform([3], 0, 1, { rng });
    expect([...first.data, ...second.data]).toEqual(Array.from(a.data));
  });

  it('validates its arguments', () => {
    expect(() => uniform([2], 1, 0, { seed: 0 })).toThrow(ValueError);
    expect(() => uniform([2], 0, Infinity, { seed: 0 })).toThrow(/finite low <= high/);
    expect(() => uniform([2, -1], 0, 1, { seed: 0 })).toThrow(ShapeError);
    expect(() => uniform([2], 0, 1, {} as never)).toThrow(/pass \{ seed \} or \{ rng \}/);
    expect(() => uniform([2], 0, 1, { seed: 0.5 })).toThrow(/seed must be an integer/);
  });
});
