import { ShapeError } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { computeFans } from './fans.js';

describe('computeFans', () => {
  it('computes fans like PyTorch: [out, in, ...kernel]', () => {
    expect(computeFans([256, 128])).toEqual({ fanIn: 128, fanOut: 256 });
    expect(computeFans([16, 3, 5, 5])).toEqual({ fanIn: 75, fanOut: 400 });
  });

  it('needs rank >= 2', () => {
    expect(() => computeFans([7])).toThrow(ShapeError);
    expect(() => computeFans([7])).toThrow('computeFans(shape): fan-in and fan-out need a shape of rank >= 2, got [7]');
  });
});
