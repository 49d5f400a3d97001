import { describe, expect, it } from 'vitest';
import { ShapeError, ValueError } from './errors.js';
import { pad } from './pad.js';
import { tensor } from './tensor.js';

describe('pad', () => {
  it('adds a constant border', () => {
    expect(pad(tensor([[1, 2]]), [[1, 0], [0, 2]]).toArray()).toEqual([[0, 0, 0, 0], [1, 2, 0, 0]]);
    expect(pad(tensor([1]), [[2, 1]], -1).toArray()).toEqual([-1, -1, 1, -1]);
    expect(pad(tensor([[1]]), [[0, 0], [0, 0]]).toArray()).toEqual([[1]]);
    expect(pad(tensor(new Float32Array(0)), [[1, 1]]).toArray()).toEqual([0, 0]);
  });

  it('rejects a paddings list of the wrong length or with bad pairs', () => {
    expect(() => pad(tensor([[1]]), [[1, 1]])).toThrow(ShapeError);
    expect(() => pad(tensor([[1]]), [[1, 1]])).toThrow('pad(t, paddings, value): paddings needs one [before, after] pair per axis of t [1,1], got 1');
    expect(() => pad(tensor([1]), [[-1, 0]])).toThrow(ValueError);
    expect(() => pad(tensor([1]), [[0.5, 0]])).toThrow(/paddings\[0\] must be \[before, after\] with non-negative integers, got \[0.5,0\]/);
  });
});
