import { FormatError, tensor, ValueError } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { StandardScaler } from './standard-scaler.js';
import { syntheticSeries } from './synthetic-series.js';

describe('StandardScaler', () => {
  it('learns mean and population std and scales to zero mean, unit variance', () => {
    const scaler = new StandardScaler().fit([10, 20, 30]);
    expect(scaler.mean).toBe(20);
    expect(scaler.std).toBeCloseTo(Math.sqrt(200 / 3), 12);
    const scaled = scaler.transform([10, 20, 30]);
    expect(scaled).toBeInstanceOf(Float32Array);
    expect(Array.from(scaled)).toEqual([expect.closeTo(-1.2247449, 6), 0, expect.closeTo(1.2247449, 6)]);
  });

  it('inverts its transform, on arrays and on tensors of any shape', () => {
    const series = syntheticSeries({ length: 100, trend: 0.5, level: 40, seed: 1 });
    const scaler = new StandardScaler().fit(series);
    const back = scaler.inverseTransform(scaler.transform(series));
    for (let index = 0; index < series.length; index++) expect(back[index]).toBeCloseTo(series[index], 3);
    const predictions = tensor([[0, 1], [-1, 2]]);
    const restored = scaler.inverseTransform(predictions);
    expect(restored.shape).toEqual([2, 2]);
    expect(restored.data[1]).toBeCloseTo(scaler.mean + scaler.std, 4);
  });

  it('gives a constant series std 1, so it is only centred', () => {
    const scaler = new StandardScaler().fit([5, 5, 5]);
    expect([scaler.mean, scaler.std]).toEqual([5, 1]);
    expect(Array.from(scaler.transform([6]))).toEqual([1]);
  });

  it('round-trips through JSON', () => {
    const scaler = new StandardScaler().fit([1, 2, 3, 4]);
    const copy = StandardScaler.fromJSON(JSON.stringify(scaler));
    expect([copy.mean, copy.std]).toEqual([scaler.mean, scaler.std]);
    expect(() => StandardScaler.fromJSON('{"mean":1}')).toThrow(FormatError);
    expect(() => StandardScaler.fromJSON({ mean: 0, std: 0 })).toThrow(/std: positive finite number/);
    expect(() => StandardScaler.fromJSON('nope')).toThrow(/not valid JSON/);
  });

  it('refuses to work before fit, on empty input and on NaN', () => {
    expect(() => new StandardScaler().transform([1])).toThrow(/not fitted; call fit\(values\) first/);
    expect(() => new StandardScaler().toJSON()).toThrow(ValueError);
    expect(() => new StandardScaler().fit([])).toThrow(/values is empty/);
    expect(() => new StandardScaler().fit([1, Number.POSITIVE_INFINITY])).toThrow(/values\[1\] is Infinity/);
  });
});
