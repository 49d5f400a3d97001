import { describe, expect, it } from 'vitest';
import { CosineAnnealingLR } from './cosine-annealing-lr.js';
import { ExponentialLR } from './exponential-lr.js';
import { LinearLR } from './linear-lr.js';
import { SequentialLR } from './sequential-lr.js';
import { AdamW } from './adamw.js';
import { SGD } from './sgd.js';
import { lrsOver, makeParameter } from './test-utils.js';

function warmupThenCosine(lr = 1) {
  const optimizer = new AdamW([makeParameter([1])], { lr });
  const warmup = new LinearLR(optimizer, { startFactor: 0.1, totalIters: 5 });
  const cosine = new CosineAnnealingLR(optimizer, { tMax: 10, etaMin: 0.01 });
  const scheduler = new SequentialLR(optimizer, [warmup, cosine], { milestones: [5] });
  return { optimizer, scheduler };
}

describe('SequentialLR', () => {
  it('runs a linear warm-up, then cosine annealing from the base lr', () => {
    const { optimizer, scheduler } = warmupThenCosine();
    const seen = lrsOver(scheduler, optimizer, 16).map(([lr]) => lr);
    [0.1, 0.28, 0.46, 0.64, 0.82].forEach((lr, epoch) => expect(seen[epoch]).toBeCloseTo(lr, 14));
    for (let k = 0; k <= 10; k++) expect(seen[5 + k]).toBeCloseTo(0.01 + 0.99 * (1 + Math.cos((Math.PI * k) / 10)) / 2, 14);
    expect(seen[5]).toBe(1);
    expect(seen[15]).toBeCloseTo(0.01, 15);
    expect(optimizer.paramGroups[0].initialLr).toBe(1);
  });

  it('resumes from a state dict at the same rates', () => {
    const { optimizer, scheduler } = warmupThenCosine();
    for (let i = 0; i < 7; i++) scheduler.step();
    const saved = JSON.parse(JSON.stringify({ optimizer: optimizer.stateDict(), scheduler: scheduler.stateDict() }));
    const fresh = warmupThenCosine();
    fresh.optimizer.loadStateDict(saved.optimizer);
    fresh.scheduler.loadStateDict(saved.scheduler);
    expect(fresh.optimizer.paramGroups[0].lr).toBe(optimizer.paramGroups[0].lr);
    for (let i = 0; i < 5; i++) {
      scheduler.step();
      fresh.scheduler.step();
      expect(fresh.optimizer.paramGroups[0].lr).toBe(optimizer.paramGroups[0].lr);
    }
  });

  it('supports three phases', () => {
    const optimizer = new SGD([makeParameter([1])], { lr: 1 });
    const phases = [
      new LinearLR(optimizer, { startFactor: 0.5, totalIters: 1 }),
      new ExponentialLR(optimizer, { gamma: 0.5 }),
      new LinearLR(optimizer, { startFactor: 0.1, endFactor: 0.1, totalIters: 1 }),
    ];
    const scheduler = new SequentialLR(optimizer, phases, { milestones: [2, 4] });
    expect(lrsOver(scheduler, optimizer, 6).map(([lr]) => lr)).toEqual([0.5, 1, 1, 0.5, 0.1, 0.1]);
  });

  it('checks its schedulers and milestones', () => {
    const optimizer = new SGD([makeParameter([1])], { lr: 1 });
    const other = new SGD([makeParameter([1])], { lr: 1 });
    const a = new LinearLR(optimizer);
    const b = new ExponentialLR(optimizer, { gamma: 0.5 });
    expect(() => new SequentialLR(optimizer, [a, new ExponentialLR(other, { gamma: 0.5 })], { milestones: [3] })).toThrow(
      'SequentialLR(optimizer, schedulers, options): schedulers[1] is attached to a different optimizer',
    );
    expect(() => new SequentialLR(optimizer, [a, b], { milestones: [] })).toThrow('milestones must hold 1 epochs (one fewer than the schedulers)');
    expect(() => new SequentialLR(optimizer, [a, b, a], { milestones: [3, 3] })).toThrow('milestones[1] must be an integer >= 4, got 3');
    expect(() => new SequentialLR(optimizer, [], { milestones: [] })).toThrow('schedulers must be a non-empty array');
  });
});
