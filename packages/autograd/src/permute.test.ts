import { IndexError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { permute, transpose } from './permute.js';
import { assertGradCheck } from './testing/index.js';
import { random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

describe('permute and transpose', () => {
  it('reorder axes', () => {
    expect(transpose(variable([[1, 2, 3], [4, 5, 6]])).value.toArray()).toEqual([[1, 4], [2, 5], [3, 6]]);
    expect(permute(variable(random([2, 3, 4], 1)), [2, 0, 1]).shape).toEqual([4, 2, 3]);
    expect(transpose(variable(random([2, 3, 4], 1)), 0, 2).shape).toEqual([4, 3, 2]);
  });

  it('send the gradient back through the inverse permutation', () => {
    const x = parameter([[1, 2, 3], [4, 5, 6]]);
    transpose(x).backward(tensor([[1, 2], [3, 4], [5, 6]]));
    expect(x.grad?.toArray()).toEqual([[1, 3, 5], [2, 4, 6]]);
  });

  it('pass gradCheck, negative axes included', () => {
    assertGradCheck((v) => permute(v, [2, 0, 1]), [random([2, 3, 4], 2)]);
    assertGradCheck((v) => permute(v, [-1, 0, 1]), [random([2, 1, 3], 3)]);
    assertGradCheck((v) => transpose(v), [random([2, 3, 2], 4)]);
    assertGradCheck((v) => transpose(v, 0, -1), [random([3, 1, 2], 5)]);
  });

  it('reject bad axes', () => {
    expect(() => transpose(variable([1, 2]))).toThrow();
    expect(() => permute(variable([[1, 2]]), [0, 2])).toThrow(IndexError);
  });
});
