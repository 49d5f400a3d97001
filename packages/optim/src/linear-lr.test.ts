import { describe, expect, it } from 'vitest';
import { LinearLR } from './linear-lr.js';
import { SGD } from './sgd.js';
import { lrsOver, makeParameter } from './test-utils.js';

describe('LinearLR', () => {
  it('warms up linearly from startFactor to endFactor over totalIters, then holds', () => {
    const optimizer = new SGD([makeParameter([1])], { lr: 1 });
    const scheduler = new LinearLR(optimizer, { startFactor: 0.25, totalIters: 3 });
    const seen = lrsOver(scheduler, optimizer, 6).map(([lr]) => lr);
    expect(seen).toEqual([0.25, 0.5, 0.75, 1, 1, 1]);
  });

  it('uses PyTorch defaults (1/3 to 1 over 5) and can decay linearly too', () => {
    const optimizer = new SGD([makeParameter([1])], { lr: 0.3 });
    const warmup = new LinearLR(optimizer);
    expect(optimizer.paramGroups[0].lr).toBeCloseTo(0.1, 15);
    expect(warmup.lrsAt(5)[0]).toBeCloseTo(0.3, 15);
    const decay = new LinearLR(new SGD([makeParameter([1])], { lr: 1 }), { startFactor: 1, endFactor: 0, totalIters: 4 });
    expect([0, 1, 2, 3, 4, 5].map((epoch) => decay.lrsAt(epoch)[0])).toEqual([1, 0.75, 0.5, 0.25, 0, 0]);
  });

  it('validates factors as PyTorch does', () => {
    const optimizer = new SGD([makeParameter([1])]);
    expect(() => new LinearLR(optimizer, { startFactor: 0 })).toThrow('LinearLR(optimizer, options): startFactor must be a finite number in (0, 1], got 0');
    expect(() => new LinearLR(optimizer, { endFactor: 1.5 })).toThrow('endFactor must be a finite number in [0, 1], got 1.5');
  });
});
