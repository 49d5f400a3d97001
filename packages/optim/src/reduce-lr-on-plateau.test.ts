import { describe, expect, it } from 'vitest';
import { ReduceLROnPlateau } from './reduce-lr-on-plateau.js';
import { SGD } from './sgd.js';
import { makeParameter } from './test-utils.js';

function lrsFor(metrics: number[], options: ConstructorParameters<typeof ReduceLROnPlateau>[1], lr = 1): number[] {
  const optimizer = new SGD([makeParameter([1])], { lr });
  const scheduler = new ReduceLROnPlateau(optimizer, options);
  return metrics.map((metric) => {
    scheduler.step(metric);
    return optimizer.paramGroups[0].lr;
  });
}

describe('ReduceLROnPlateau', () => {
  it('lowers the lr after more than `patience` epochs without improvement', () => {
    expect(lrsFor([1, 0.9, 0.9, 0.9, 0.9, 0.9], { patience: 2, factor: 0.5 })).toEqual([1, 1, 1, 1, 0.5, 0.5]);
    // With patience 0 every non-improving epoch lowers it.
    expect(lrsFor([1, 1, 1], { patience: 0, factor: 0.5 })).toEqual([1, 0.5, 0.25]);
  });

  it('counts only improvements beyond the relative threshold', () => {
    // 0.99995 is not below 1·(1 − 1e-4): no improvement, so the third flat epoch triggers.
    expect(lrsFor([1, 0.99995, 0.99995], { patience: 1, factor: 0.5 })).toEqual([1, 1, 0.5]);
    // With an absolute threshold of 0.1, a drop of 0.05 does not count either.
    expect(lrsFor([1, 0.95, 0.9], { patience: 1, factor: 0.5, thresholdMode: 'abs', threshold: 0.1 })).toEqual([1, 1, 0.5]);
    expect(lrsFor([1, 0.8, 0.6], { patience: 1, factor: 0.5, thresholdMode: 'abs', threshold: 0.1 })).toEqual([1, 1, 1]);
  });

  it("watches a rising metric in 'max' mode", () => {
    expect(lrsFor([0.5, 0.6, 0.6, 0.6], { mode: 'max', patience: 1, factor: 0.1 })).toEqual([1, 1, 1, 0.1]);
    expect(lrsFor([0.5, 0.4, 0.3], { mode: 'max', patience: 1, factor: 0.1 })).toEqual([1, 1, 0.1]);
  });

  it('waits `cooldown` epochs after a drop and never goes below minLr', () => {
    const lrs = lrsFor([1, 1, 1, 1, 1, 1, 1, 1], { patience: 0, factor: 0.5, cooldown: 2, minLr: 0.2 });
    expect(lrs).toEqual([1, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.2]);
  });

  it('saves and restores its counters as JSON', () => {
    const optimizer = new SGD([makeParameter([1])], { lr: 1 });
    const scheduler = new ReduceLROnPlateau(optimizer, { patience: 2, factor: 0.5 });
    expect(scheduler.stateDict()).toEqual({ lastEpoch: 0, best: null, numBadEpochs: 0, cooldownCounter: 0 });
    [1, 0.9, 0.9].forEach((metric) => scheduler.step(metric));
    const saved = JSON.parse(JSON.stringify(scheduler.stateDict()));
    expect(saved).toEqual({ lastEpoch: 3, best: 0.9, numBadEpochs: 1, cooldownCounter: 0 });
    const fresh = new ReduceLROnPlateau(optimizer, { patience: 2, factor: 0.5 });
    fresh.loadStateDict(saved);
    fresh.step(0.9);
    expect(optimizer.paramGroups[0].lr).toBe(1);
    fresh.step(0.9);
    expect(optimizer.paramGroups[0].lr).toBe(0.5);
  });

  it('rejects a non-finite metric and bad options by name', () => {
    const optimizer = new SGD([makeParameter([1])], { lr: 1 });
    const scheduler = new ReduceLROnPlateau(optimizer);
    expect(() => scheduler.step(NaN)).toThrow('ReduceLROnPlateau.step(metric): metric must be a finite number, got NaN');
    expect(() => new ReduceLROnPlateau(optimizer, { factor: 1 })).toThrow('ReduceLROnPlateau(optimizer, options): factor must be a finite number in [0, 1), got 1');
    expect(() => new ReduceLROnPlateau(optimizer, { mode: 'minimum' as never })).toThrow("mode must be 'min' or 'max', got string 'minimum'");
    expect(() => new ReduceLROnPlateau(optimizer, { minLr: [0, 0] })).toThrow('minLr has 2 values, but the optimizer has 1 parameter groups');
    expect(() => new ReduceLROnPlateau(optimizer, { patience: -1 })).toThrow('patience must be an integer >= 0, got -1');
  });
});
