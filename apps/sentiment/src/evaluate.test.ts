import { describe, expect, it } from 'vitest';
import { logitLoss, sigmoid } from './evaluate.js';

describe('sigmoid and logitLoss', () => {
  it('match the formulas and stay finite for large logits', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(2)).toBeCloseTo(1 / (1 + Math.exp(-2)), 14);
    expect(sigmoid(-800)).toBe(0);
    expect(logitLoss(0, 1)).toBeCloseTo(Math.LN2, 14);
    expect(logitLoss(2, 0)).toBeCloseTo(-Math.log(1 - sigmoid(2)), 12);
    expect(logitLoss(-800, 1)).toBeCloseTo(800, 10);
  });
});
