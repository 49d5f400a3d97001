import { describe, expect, it } from 'vitest';
import { clipGradValue } from './clip-grad-value.js';
import { makeParameter, setGrad } from './test-utils.js';

describe('clipGradValue', () => {
  it('clamps every gradient element into [-limit, limit]', () => {
    const a = makeParameter([0, 0, 0]);
    const b = makeParameter([0, 0]);
    setGrad(a, [-5, 0.5, 3]);
    setGrad(b, [1, -1]);
    clipGradValue([a, b, makeParameter([1])], 1);
    expect(Array.from(a.grad!.data)).toEqual([-1, 0.5, 1]);
    expect(Array.from(b.grad!.data)).toEqual([1, -1]);
  });

  it('leaves NaN in place, so the optimizer still reports it', () => {
    const a = makeParameter([0, 0]);
    setGrad(a, [NaN, 7]);
    clipGradValue([a], 2);
    expect(Number.isNaN(a.grad!.data[0])).toBe(true);
    expect(a.grad!.data[1]).toBe(2);
  });

  it('validates the limit', () => {
    expect(() => clipGradValue([makeParameter([1])], NaN)).toThrow('clipGradValue(params, limit): limit must be a finite number >= 0, got NaN');
  });
});
