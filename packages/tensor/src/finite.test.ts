import { describe, expect, it } from 'vitest';
import { allFinite, isFinite } from './finite.js';
import { tensor } from './tensor.js';

describe('allFinite and isFinite', () => {
  it('flag NaN and both infinities', () => {
    expect(allFinite(tensor([1, -2, 0]))).toBe(true);
    expect(allFinite(tensor([1, NaN]))).toBe(false);
    expect(allFinite(tensor([Infinity]))).toBe(false);
    expect(allFinite(tensor([-Infinity, 1]))).toBe(false);
    expect(allFinite(tensor(new Float32Array(0)))).toBe(true);
    expect(isFinite(tensor([[1, NaN, -Infinity, 3.4e38]])).toArray()).toEqual([[1, 0, 0, 1]]);
  });
});
