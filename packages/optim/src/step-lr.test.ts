import { describe, expect, it } from 'vitest';
import { SGD } from './sgd.js';
import { StepLR } from './step-lr.js';
import { lrsOver, makeParameter } from './test-utils.js';

describe('StepLR', () => {
  it('multiplies every group lr by gamma every stepSize epochs', () => {
    const optimizer = new SGD([{ params: [makeParameter([1])] }, { params: [makeParameter([1])], lr: 1 }], { lr: 0.1 });
    const scheduler = new StepLR(optimizer, { stepSize: 2, gamma: 0.5 });
    const seen = lrsOver(scheduler, optimizer, 6);
    expect(seen).toEqual([0, 0, 1, 1, 2, 2].map((k) => [0.1 * 0.5 ** k, 0.5 ** k]));
  });

  it('defaults gamma to 0.1 and validates its options by name', () => {
    const optimizer = new SGD([makeParameter([1])], { lr: 1 });
    const scheduler = new StepLR(optimizer, { stepSize: 1 });
    scheduler.step();
    expect(optimizer.paramGroups[0].lr).toBeCloseTo(0.1, 15);
    expect(() => new StepLR(optimizer, { stepSize: 0 })).toThrow('StepLR(optimizer, options): stepSize must be an integer >= 1, got 0');
    expect(() => new StepLR(optimizer, { stepSize: 1.5 })).toThrow('stepSize must be an integer >= 1, got 1.5');
    expect(() => new StepLR(optimizer, { stepSize: 1, gamma: -1 })).toThrow('gamma must be a finite number >= 0, got -1');
    expect(() => new StepLR(optimizer, { step_size: 2 } as never)).toThrow("unknown option 'step_size'");
    expect(() => new StepLR({} as never, { stepSize: 1 })).toThrow('optimizer must be an optimizer with parameter groups');
  });

  it('saves and restores its position, setting the restored lr', () => {
    const optimizer = new SGD([makeParameter([1])], { lr: 1 });
    const scheduler = new StepLR(optimizer, { stepSize: 2, gamma: 0.5 });
    for (let i = 0; i < 5; i++) scheduler.step();
    const saved = JSON.parse(JSON.stringify(scheduler.stateDict()));
    expect(saved).toEqual({ lastEpoch: 5, baseLrs: [1] });
    const freshOptimizer = new SGD([makeParameter([1])], { lr: 1 });
    const fresh = new StepLR(freshOptimizer, { stepSize: 2, gamma: 0.5 });
    fresh.loadStateDict(saved);
    expect(freshOptimizer.paramGroups[0].lr).toBe(0.25);
    fresh.step();
    expect(freshOptimizer.paramGroups[0].lr).toBe(0.125);
    expect(() => fresh.loadStateDict({ lastEpoch: 1, baseLrs: [1, 2] })).toThrow(
      'StepLR.loadStateDict(stateDict): baseLrs must hold one rate per parameter group (1)',
    );
    expect(() => fresh.loadStateDict({ lastEpoch: -1, baseLrs: [1] })).toThrow('lastEpoch must be an integer >= 0, got -1');
  });
});
