import { tensor, ValueError } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { slidingWindows } from './sliding-windows.js';

describe('slidingWindows', () => {
  it('pairs each window with the value after it', () => {
    const { inputs, targets } = slidingWindows([1, 2, 3, 4, 5], { windowSize: 3 });
    expect(inputs.shape).toEqual([2, 3, 1]);
    expect(inputs.toArray()).toEqual([[[1], [2], [3]], [[2], [3], [4]]]);
    expect(targets.toArray()).toEqual([[4], [5]]);
  });

  it('predicts several steps with horizon and skips with stride', () => {
    const series = Float32Array.from({ length: 10 }, (_, index) => index);
    const { inputs, targets } = slidingWindows(series, { windowSize: 3, horizon: 2, stride: 2 });
    // N = floor((10 - 3 - 2) / 2) + 1 = 3 windows starting at 0, 2, 4
    expect(inputs.shape).toEqual([3, 3, 1]);
    expect(Array.from(inputs.data)).toEqual([0, 1, 2, 2, 3, 4, 4, 5, 6]);
    expect(targets.toArray()).toEqual([[3, 4], [5, 6], [7, 8]]);
  });

  it('accepts a Tensor and the shortest series that fits', () => {
    expect(slidingWindows(tensor([7, 8, 9]), { windowSize: 2 }).targets.toArray()).toEqual([[9]]);
  });

  it('rejects a series too short, a NaN value, and bad options by name', () => {
    expect(() => slidingWindows([1, 2, 3], { windowSize: 3 })).toThrow(/series has 3 values; windowSize 3 \+ horizon 1 needs at least 4/);
    expect(() => slidingWindows([1, Number.NaN, 3, 4], { windowSize: 2 })).toThrow(/series\[1\] is NaN/);
    expect(() => slidingWindows([1, 2, 3], { windowSize: 0 })).toThrow(/windowSize must be a positive integer, got 0/);
    expect(() => slidingWindows([1, 2, 3], { window: 2 } as never)).toThrow(/unknown option "window"/);
    expect(() => slidingWindows([1, 2, 3], { windowSize: 1, horizon: -1 })).toThrow(ValueError);
  });
});
