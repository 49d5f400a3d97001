import { ShapeError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { expandDims, reshape, squeeze } from './reshape.js';
import { assertGradCheck } from './testing/index.js';
import { random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

describe('reshape, expandDims, squeeze', () => {
  it('change the shape and share the data', () => {
    const x = variable([1, 2, 3, 4, 5, 6]);
    const y = reshape(x, [2, -1]);
    expect(y.shape).toEqual([2, 3]);
    expect(y.data).toBe(x.data);
    expect(expandDims(x, 0).shape).toEqual([1, 6]);
    expect(expandDims(x, -1).shape).toEqual([6, 1]);
    expect(squeeze(variable([[[1], [2]]])).shape).toEqual([2]);
    expect(squeeze(variable([[[1], [2]]]), 0).shape).toEqual([2, 1]);
  });

  it('reshape the gradient back', () => {
    const x = parameter([[1, 2], [3, 4]]);
    reshape(x, [4]).backward(tensor([1, 2, 3, 4]));
    expect(x.grad?.toArray()).toEqual([[1, 2], [3, 4]]);
  });

  it('pass gradCheck', () => {
    assertGradCheck((v) => reshape(v, [3, 2]), [random([2, 3], 1)]);
    assertGradCheck((v) => expandDims(v, 1), [random([2, 3], 2)]);
    assertGradCheck((v) => squeeze(v), [random([1, 3, 1], 3)]);
    assertGradCheck((v) => reshape(v, [1]), [random([], 4)]);
  });

  it('throw the tensor errors', () => {
    expect(() => reshape(variable([1, 2, 3]), [2, 2])).toThrow(ShapeError);
    expect(() => squeeze(variable([[1, 2]]), 1)).toThrow(ShapeError);
  });
});
