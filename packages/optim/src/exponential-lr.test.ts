import { describe, expect, it } from 'vitest';
import { ExponentialLR } from './exponential-lr.js';
import { SGD } from './sgd.js';
import { lrsOver, makeParameter } from './test-utils.js';

describe('ExponentialLR', () => {
  it('multiplies the lr by gamma every epoch', () => {
    const optimizer = new SGD([makeParameter([1])], { lr: 2 });
    const scheduler = new ExponentialLR(optimizer, { gamma: 0.9 });
    const seen = lrsOver(scheduler, optimizer, 5).map(([lr]) => lr);
    seen.forEach((lr, epoch) => expect(lr).toBeCloseTo(2 * 0.9 ** epoch, 14));
  });

  it('requires gamma', () => {
    const optimizer = new SGD([makeParameter([1])]);
    expect(() => new ExponentialLR(optimizer, {} as never)).toThrow('ExponentialLR(optimizer, options): gamma must be a finite number >= 0, got undefined');
  });
});
