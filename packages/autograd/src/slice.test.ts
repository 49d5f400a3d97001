import { IndexError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { pad, slice } from './slice.js';
import { assertGradCheck } from './testing/index.js';
import { random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

describe('slice', () => {
  it('takes a block', () => {
    const x = variable([[1, 2, 3], [4, 5, 6]]);
    expect(slice(x, [0, 1], [2, 2]).value.toArray()).toEqual([[2, 3], [5, 6]]);
    expect(slice(x, [1]).value.toArray()).toEqual([[4, 5, 6]]);
    expect(slice(x, [0, 1], [-1, 1]).value.toArray()).toEqual([[2], [5]]);
  });

  it('puts the gradient back in place, zeros elsewhere', () => {
    const x = parameter([[1, 2, 3], [4, 5, 6]]);
    slice(x, [1, 1], [1, 2]).backward(tensor([[7, 8]]));
    expect(x.grad?.toArray()).toEqual([[0, 0, 0], [0, 7, 8]]);
  });

  it('passes gradCheck', () => {
    assertGradCheck((v) => slice(v, [1, 0, 1], [2, -1, 2]), [random([3, 2, 4], 1)]);
    assertGradCheck((v) => slice(v, [2]), [random([5], 2)]);
  });

  it('rejects out-of-range begins', () => {
    expect(() => slice(variable([1, 2]), [3])).toThrow(IndexError);
  });
});

describe('pad', () => {
  it('pads with a constant', () => {
    expect(pad(variable([[1, 2]]), [[1, 0], [0, 2]]).value.toArray()).toEqual([[0, 0, 0, 0], [1, 2, 0, 0]]);
    expect(pad(variable([1]), [[2, 1]], -1).value.toArray()).toEqual([-1, -1, 1, -1]);
  });

  it('slices the padding off the gradient', () => {
    const x = parameter([1, 2]);
    pad(x, [[1, 2]]).backward(tensor([9, 3, 4, 9, 9]));
    expect(x.grad?.toArray()).toEqual([3, 4]);
    assertGradCheck((v) => pad(v, [[1, 0], [2, 1]], 0.5), [random([2, 3], 3)]);
  });
});
