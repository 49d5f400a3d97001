import { describe, expect, it } from 'vitest';
import { arange } from './creation.js';
import { IndexError } from './errors.js';
import { reshape } from './reshape.js';
import { slice } from './slice.js';
import { tensor } from './tensor.js';

describe('slice', () => {
  const t = tensor([[1, 2, 3], [4, 5, 6]]);
  it('takes blocks with tfjs semantics', () => {
    expect(slice(t, [0, 1], [2, 2]).toArray()).toEqual([[2, 3], [5, 6]]);
    expect(slice(t, [1]).toArray()).toEqual([[4, 5, 6]]);
    expect(slice(t, [0, 1], [-1, 1]).toArray()).toEqual([[2], [5]]);
    expect(slice(t, [0, 1], [1]).toArray()).toEqual([[2, 3]]);
    expect(slice(t, [2, 0]).shape).toEqual([0, 3]);
    expect(slice(reshape(arange(24), [2, 3, 4]), [1, 1, 1], [1, 2, 2]).toArray()).toEqual([[[17, 18], [21, 22]]]);
  });

  it('copies', () => {
    const whole = slice(t, []);
    expect(whole.toArray()).toEqual(t.toArray());
    expect(whole.data).not.toBe(t.data);
  });

  it('rejects out-of-range begin and size with IndexError naming the shape', () => {
    expect(() => slice(t, [3])).toThrow(IndexError);
    expect(() => slice(t, [3])).toThrow('slice(t, begin, size): begin[0] = 3 is out of range [0, 2] for t [2,3]');
    expect(() => slice(t, [0, 2], [1, 2])).toThrow('slice(t, begin, size): size[1] = 2 with begin 2 does not fit axis 1 of size 3 for t [2,3]');
    expect(() => slice(t, [-1])).toThrow(IndexError);
    expect(() => slice(t, [0.5])).toThrow(IndexError);
    expect(() => slice(t, [0, 0, 0])).toThrow(/begin \[0,0,0\] has more entries than the rank 2 of t \[2,3\]/);
  });
});
