import { parameter } from '@mnemo/autograd';
import { assertGradCheck } from '@mnemo/autograd/testing';
import { IndexError, randn, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { logSoftmax, softmax } from './softmax.js';
import { expectClose, hasNoNaN } from './test-helpers.js';

const reference = (row: number[]): number[] => {
  const total = row.reduce((sum, v) => sum + Math.exp(v), 0);
  return row.map((v) => Math.exp(v) / total);
};

describe('softmax', () => {
  it('normalizes exponentials along the last axis by default', () => {
    expectClose(softmax(tensor([[1, 2, 3], [0, 0, 0]])), [...reference([1, 2, 3]), 1 / 3, 1 / 3, 1 / 3]);
  });

  it('works along any axis, negative ones included', () => {
    const x = tensor([[1, 2], [3, 5]]);
    const columns = softmax(x, 0);
    const [a, c] = reference([1, 3]);
    const [b, d] = reference([2, 5]);
    expectClose(columns, [a, b, c, d]);
    expectClose(softmax(x, -2), [a, b, c, d]);
    expect(() => softmax(x, 2)).toThrow(IndexError);
    expect(() => softmax(tensor(1))).toThrow('softmax(x, axis): axis -1 is out of range for a tensor of rank 0');
  });

  it('subtracts the max: no overflow or NaN for extreme inputs', () => {
    expect(Array.from(softmax(tensor([1e4, -1e4, 1e30, -1e30, -0, 0])).data)).toEqual([0, 0, 1, 0, 0, 0]);
    expectClose(softmax(tensor([1000, 1000])), [0.5, 0.5]);
    expect(hasNoNaN(softmax(tensor([-1e30, -1e30, -1e30])).data)).toBe(true);
  });

  it('has a gradient checked numerically on several shapes and axes', () => {
    assertGradCheck((v) => softmax(v), [randn([2, 4], { seed: 13 })]);
    assertGradCheck((v) => softmax(v, 0), [randn([3, 2, 2], { seed: 14 })]);
    assertGradCheck((v) => softmax(v, 1), [randn([2, 3, 2], { seed: 15 })]);
    assertGradCheck((v) => softmax(v), [randn([3, 1], { seed: 16 })]);
  });
});

describe('logSoftmax', () => {
  it('is the log of softmax', () => {
    expectClose(logSoftmax(tensor([1, 2, 3])), reference([1, 2, 3]).map(Math.log));
    expectClose(logSoftmax(tensor([[1, 4], [2, 2]]), 0), [Math.log(reference([1, 2])[0]), Math.log(reference([4, 2])[0]), Math.log(reference([1, 2])[1]), Math.log(reference([4, 2])[1])]);
  });

  it('stays finite where softmax underflows to 0', () => {
    const y = logSoftmax(tensor([0, -200, 1e4, -1e4]));
    expect(Array.from(y.data)).toEqual([-1e4, Math.fround(-1e4 - 200), 0, -2e4]);
    expect(hasNoNaN(logSoftmax(tensor([1e30, -1e30, -0, 0])).data)).toBe(true);
  });

  it('has a gradient checked numerically on several shapes and axes', () => {
    assertGradCheck((v) => logSoftmax(v), [randn([2, 4], { seed: 17 })]);
    assertGradCheck((v) => logSoftmax(v, 0), [randn([3, 2], { seed: 18 })]);
    assertGradCheck((v) => logSoftmax(v, -2), [randn([2, 3, 2], { seed: 19 })]);
  });

  it('backward of Σ logSoftmax gives 1 − n·softmax', () => {
    const x = parameter([1, 2, 3]);
    logSoftmax(x).backward(tensor([1, 1, 1]));
    expectClose(x.grad!, reference([1, 2, 3]).map((p) => 1 - 3 * p));
  });
});
