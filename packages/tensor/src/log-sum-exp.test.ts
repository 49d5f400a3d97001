import { describe, expect, it } from 'vitest';
import { IndexError } from './errors.js';
import { logSumExp } from './log-sum-exp.js';
import { tensor } from './tensor.js';

describe('logSumExp', () => {
  it('on known values', () => {
    expect(logSumExp(tensor([0, 0])).item()).toBeCloseTo(Math.LN2, 6);
    const rows = logSumExp(tensor([[0, 0], [1, 2]]), 1);
    expect(rows.shape).toEqual([2]);
    expect(rows.data[1]).toBeCloseTo(Math.log(Math.E + Math.E ** 2), 5);
    expect(logSumExp(tensor([[0, 0], [1, 2]]), 0, true).shape).toEqual([1, 2]);
  });

  it('is stable for large and very negative inputs', () => {
    expect(logSumExp(tensor([1000, 1000])).item()).toBeCloseTo(1000 + Math.LN2, 3);
    expect(logSumExp(tensor([-1000, -1000])).item()).toBeCloseTo(-1000 + Math.LN2, 3);
  });

  it('gives -Infinity, not NaN, for rows of -Infinity; +Infinity and NaN propagate', () => {
    expect(logSumExp(tensor([[-Infinity, -Infinity], [0, -Infinity]]), 1).toArray()).toEqual([-Infinity, 0]);
    expect(logSumExp(tensor([Infinity, 1])).item()).toBe(Infinity);
    expect(Number.isNaN(logSumExp(tensor([NaN, 1])).item())).toBe(true);
    expect(logSumExp(tensor(new Float32Array(0), [0])).item()).toBe(-Infinity);
  });

  it('reduces a non-trailing axis like the trailing one after a transpose', () => {
    const t = tensor([[1, 2, 3], [4, 5, 6]]);
    const byColumn = logSumExp(t, 0);
    expect(byColumn.data[2]).toBeCloseTo(Math.log(Math.exp(3) + Math.exp(6)), 5);
  });

  it('rejects bad axes naming the op and shape', () => {
    expect(() => logSumExp(tensor([1, 2]), 1)).toThrow(IndexError);
    expect(() => logSumExp(tensor([1, 2]), 1)).toThrow(/^logSumExp\(t, axes\): axis 1 is out of range for shape \[2\]/);
  });
});
