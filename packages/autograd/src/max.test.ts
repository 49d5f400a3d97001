import { Tensor, ValueError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { max, min } from './max.js';
import { assertGradCheck } from './testing/index.js';
import { parameter, variable } from './variable.js';

/** Distinct values far apart (a shuffled arange), so finite differences never change the argmax. */
function distinct(shape: number[], seed: number): Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  const values = Array.from({ length: size }, (_, i) => ((i * 7 + seed) % size) * 0.5 - size * 0.25);
  return tensor(values, shape);
}

describe('max and min reductions', () => {
  it('compute known values', () => {
    const x = variable([[1, 5], [7, 2]]);
    expect(max(x).item()).toBe(7);
    expect(max(x, 1).value.toArray()).toEqual([5, 7]);
    expect(min(x, 0, true).value.toArray()).toEqual([[1, 2]]);
  });

  it('send the gradient to the arg-max position', () => {
    const x = parameter([[1, 5], [7, 2]]);
    max(x, 1).backward(tensor([10, 20]));
    expect(x.grad?.toArray()).toEqual([[0, 10], [20, 0]]);
  });

  it('share the gradient equally among ties', () => {
    const x = parameter([3, 1, 3, 3]);
    max(x).backward(tensor(6));
    expect(x.grad?.toArray()).toEqual([2, 0, 2, 2]);
    const y = parameter([[0, 0], [1, 2]]);
    min(y, 1).backward(tensor([1, 1]));
    expect(y.grad?.toArray()).toEqual([[0.5, 0.5], [1, 0]]);
  });

  it('pass gradCheck on distinct values', () => {
    assertGradCheck((v) => max(v, 1), [distinct([3, 4], 1)]);
    assertGradCheck((v) => min(v, [0, 2], true), [distinct([2, 3, 2], 2)]);
    assertGradCheck((v) => max(v), [distinct([5], 3)]);
    assertGradCheck((v) => min(v), [tensor(1.5)]);
  });

  it('refuse an empty axis', () => {
    expect(() => max(variable(new Tensor(new Float32Array(0), [0, 2])), 0)).toThrow(ValueError);
  });
});
