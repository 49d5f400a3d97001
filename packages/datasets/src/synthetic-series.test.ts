import { describe, expect, it } from 'vitest';
import { syntheticSeries } from './synthetic-series.js';

describe('syntheticSeries', () => {
  it('follows level + trend·t + amplitude·sin(2πt/period) exactly without noise', () => {
    const series = syntheticSeries({ length: 48, period: 12, amplitude: 2, trend: 0.5, level: 10, noise: 0 });
    expect(series).toBeInstanceOf(Float32Array);
    expect(series).toHaveLength(48);
    expect(series[0]).toBeCloseTo(10, 5);
    expect(series[3]).toBeCloseTo(10 + 1.5 + 2, 5); // peak of the season
    expect(series[9]).toBeCloseTo(10 + 4.5 - 2, 5); // trough
    expect(series[12] - series[0]).toBeCloseTo(6, 4); // one period later: only the trend moved
  });

  it('adds seeded Gaussian noise of the requested size', () => {
    const clean = syntheticSeries({ length: 5000, noise: 0 });
    const noisy = syntheticSeries({ length: 5000, noise: 0.5, seed: 4 });
    const same = (a: Float32Array, b: Float32Array) => a.every((value, index) => value === b[index]);
    expect(same(syntheticSeries({ length: 5000, noise: 0.5, seed: 4 }), noisy)).toBe(true);
    expect(same(syntheticSeries({ length: 5000, noise: 0.5, seed: 5 }), noisy)).toBe(false);
    let sum = 0;
    let squares = 0;
    for (let t = 0; t < clean.length; t++) {
      const residual = noisy[t] - clean[t];
      sum += residual;
      squares += residual * residual;
    }
    const mean = sum / clean.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.sqrt(squares / clean.length - mean * mean)).toBeCloseTo(0.5, 1);
  });

  it('requires a seed when there is noise, and valid numbers', () => {
    expect(() => syntheticSeries({ length: 10 })).toThrow(/pass \{ seed \} or \{ rng \}/);
    expect(() => syntheticSeries({ length: 10, noise: -1, seed: 1 })).toThrow(/noise must be >= 0, got -1/);
    expect(() => syntheticSeries({ length: 10, period: 0, seed: 1 })).toThrow(/period must be positive, got 0/);
    expect(() => syntheticSeries({ length: 2.5, seed: 1 })).toThrow(/length must be a non-negative integer, got 2.5/);
    expect(() => syntheticSeries({ length: 10, trend: Number.NaN, seed: 1 })).toThrow(/trend must be a finite number, got NaN/);
    expect(syntheticSeries({ length: 0, noise: 0 })).toHaveLength(0);
  });
});
