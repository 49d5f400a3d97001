import { ShapeError, matMul as rawMatMul, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { matMul } from './mat-mul.js';
import { assertGradCheck } from './testing/index.js';
import { random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

describe('matMul', () => {
  it('multiplies matrices and matches the tensor kernel', () => {
    expect(matMul(variable([[1, 2], [3, 4]]), variable([[5], [6]])).value.toArray()).toEqual([[17], [39]]);
    const a = random([2, 3, 4], 1);
    const b = random([4, 5], 2);
    expect(Array.from(matMul(a, b).data)).toEqual(Array.from(rawMatMul(a, b).data));
  });

  it('has gradients G·bᵀ and aᵀ·G', () => {
    const a = parameter([[1, 2]]);
    const b = parameter([[3], [4]]);
    matMul(a, b).backward();
    expect(a.grad?.toArray()).toEqual([[3, 4]]);
    expect(b.grad?.toArray()).toEqual([[1], [2]]);
  });

  it('passes gradCheck for every combination of transpose flags', () => {
    for (const transposeA of [false, true]) {
      for (const transposeB of [false, true]) {
        const a = random(transposeA ? [4, 3] : [3, 4], 3);
        const b = random(transposeB ? [2, 4] : [4, 2], 4);
        assertGradCheck((x, y) => matMul(x, y, { transposeA, transposeB }), [a, b]);
      }
    }
  });

  it('passes gradCheck with batches, broadcast batch axes and size-1 dims', () => {
    assertGradCheck((x, y) => matMul(x, y), [random([2, 3, 4], 5), random([2, 4, 2], 6)]);
    assertGradCheck((x, y) => matMul(x, y), [random([2, 1, 3, 2], 7), random([3, 2, 2], 8)]);
    assertGradCheck((x, y) => matMul(x, y, { transposeB: true }), [random([2, 3, 4], 9), random([5, 4], 10)]);
    assertGradCheck((x, y) => matMul(x, y, { transposeA: true }), [random([3, 4], 11), random([2, 3, 2], 12)]);
    assertGradCheck((x, y) => matMul(x, y, { transposeA: true, transposeB: true }), [random([2, 1, 4, 3], 13), random([1, 2, 4], 14)]);
    assertGradCheck((x, y) => matMul(x, y), [random([1, 1], 15), random([1, 3], 16)]);
  });

  it('throws ShapeError naming the op and shapes', () => {
    expect(() => matMul(variable([[1, 2, 3]]), variable([[1, 2]]))).toThrow(ShapeError);
    expect(() => matMul(variable([[1, 2, 3]]), tensor([[1, 2]]))).toThrow('matMul(a, b): a is [1,3], b is [1,2]; inner sizes 3 and 1 differ');
  });
});
