import { describe, expect, it } from 'vitest';
import { clip } from './clip.js';
import { ValueError } from './errors.js';
import { tensor } from './tensor.js';

describe('clip', () => {
  it('clamps into [min, max], keeping NaN', () => {
    expect(clip(tensor([-2, 0.5, 3]), 0, 1).toArray()).toEqual([0, 0.5, 1]);
    expect(clip(tensor([-2, 5]), -Infinity, 1).toArray()).toEqual([-2, 1]);
    expect(Number.isNaN(clip(tensor([NaN]), 0, 1).item())).toBe(true);
    expect(clip(tensor([[3]]), 2, 2).toArray()).toEqual([[2]]);
  });

  it('rejects min > max and NaN bounds', () => {
    expect(() => clip(tensor([1]), 2, 1)).toThrow(ValueError);
    expect(() => clip(tensor([1]), 2, 1)).toThrow('clip(t, min, max): min 2 is greater than max 1');
    expect(() => clip(tensor([1]), NaN, 1)).toThrow(/clip\(t, min, max\): min and max must be numbers, got min=NaN/);
  });
});
