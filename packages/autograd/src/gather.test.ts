import { IndexError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { broadcastTo } from './broadcast-to.js';
import { gather } from './gather.js';
import { assertGradCheck } from './testing/index.js';
import { random } from './test-helpers.js';
import { parameter, variable } from './variable.js';

describe('gather', () => {
  it('picks rows by index (an embedding lookup) and along other axes', () => {
    const table = variable([[0, 0], [1, 1], [2, 2]]);
    expect(gather(table, [2, 0, 2]).value.toArray()).toEqual([[2, 2], [0, 0], [2, 2]]);
    expect(gather(table, tensor([[1], [2]])).shape).toEqual([2, 1, 2]);
    expect(gather(table, [1, 0], 1).value.toArray()).toEqual([[0, 0], [1, 1], [2, 2]]);
  });

  it('scatter-adds the gradient back, repeats accumulating', () => {
    const table = parameter([[0, 0], [1, 1], [2, 2]]);
    gather(table, [2, 0, 2]).backward(tensor([[1, 2], [3, 4], [5, 6]]));
    expect(table.grad?.toArray()).toEqual([[3, 4], [0, 0], [6, 8]]);
  });

  it('passes gradCheck with repeated indices, index tensors and axis 1', () => {
    assertGradCheck((t) => gather(t, [1, 1, 0, 3]), [random([4, 3], 1)]);
    assertGradCheck((t) => gather(t, tensor([[0, 2], [2, 2]]), 1), [random([2, 3, 2], 2)]);
    assertGradCheck((t) => gather(t, new Int32Array([0])), [random([1, 2], 3)]);
  });

  it('throws IndexError for an index out of range', () => {
    expect(() => gather(variable([[1], [2]]), [2])).toThrow(IndexError);
  });
});

describe('broadcastTo', () => {
  it('repeats, with the gradient summed back', () => {
    const x = parameter([1, 2, 3]);
    const y = broadcastTo(x, [2, 3]);
    expect(y.value.toArray()).toEqual([[1, 2, 3], [1, 2, 3]]);
    y.backward(tensor([[1, 1, 1], [2, 2, 2]]));
    expect(x.grad?.toArray()).toEqual([3, 3, 3]);
    assertGradCheck((v) => broadcastTo(v, [2, 2, 3]), [random([2, 1, 3], 4)]);
    assertGradCheck((v) => broadcastTo(v, [3]), [random([], 5)]);
  });
});
