import { describe, expect, it } from 'vitest';
import { CosineAnnealingLR } from './cosine-annealing-lr.js';
import { SGD } from './sgd.js';
import { lrsOver, makeParameter } from './test-utils.js';

describe('CosineAnnealingLR', () => {
  it('follows etaMin + (base − etaMin)(1 + cos(πe/tMax))/2', () => {
    const optimizer = new SGD([makeParameter([1])], { lr: 1 });
    const scheduler = new CosineAnnealingLR(optimizer, { tMax: 10, etaMin: 0.1 });
    const seen = lrsOver(scheduler, optimizer, 11).map(([lr]) => lr);
    expect(seen[0]).toBe(1);
    expect(seen[5]).toBeCloseTo(0.55, 15); // halfway: the mean of base and etaMin
    expect(seen[10]).toBeCloseTo(0.1, 15);
    seen.forEach((lr, epoch) => expect(lr).toBeCloseTo(0.1 + 0.9 * (1 + Math.cos((Math.PI * epoch) / 10)) / 2, 15));
    // Strictly decreasing down to tMax.
    seen.slice(1).forEach((lr, index) => expect(lr).toBeLessThan(seen[index]));
  });

  it('gives the doc example value and validates tMax', () => {
    const optimizer = new SGD([makeParameter([1])], { lr: 1 });
    const scheduler = new CosineAnnealingLR(optimizer, { tMax: 10 });
    for (let e = 0; e < 5; e++) scheduler.step();
    expect(scheduler.getLastLr()[0]).toBeCloseTo(0.5, 15);
    expect(() => new CosineAnnealingLR(optimizer, { tMax: 0 })).toThrow('CosineAnnealingLR(optimizer, options): tMax must be an integer >= 1, got 0');
  });
});
