import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { broadcastShapes, broadcastTo, sumTo } from './broadcast.js';
import { ShapeError } from './errors.js';
import { tensor } from './tensor.js';
import { broadcastPairArbitrary, broadcastValue, coordinatesOf, seededTensor } from './test-helpers.js';

describe('broadcastShapes', () => {
  it('follows NumPy rules', () => {
    expect(broadcastShapes([2, 1, 4], [3, 1])).toEqual([2, 3, 4]);
    expect(broadcastShapes([], [2, 3])).toEqual([2, 3]);
    expect(broadcastShapes([5, 0], [1])).toEqual([5, 0]);
    expect(broadcastShapes([1], [0])).toEqual([0]);
  });

  it('names the op and both shapes when they do not broadcast', () => {
    expect(() => broadcastShapes([2, 3], [4], 'add')).toThrow(ShapeError);
    expect(() => broadcastShapes([2, 3], [4], 'add')).toThrow('add(a, b): shapes [2,3] and [4] do not broadcast');
    expect(() => broadcastShapes([2], [3], 'where(condition, a, b)')).toThrow(/^where\(condition, a, b\): shapes \[2\] and \[3\]/);
  });

  it('rejects NaN and negative sizes', () => {
    expect(() => broadcastShapes([NaN], [2], 'add')).toThrow(ShapeError);
    expect(() => broadcastShapes([2], [-1], 'mul')).toThrow(/mul\(a, b\): b \[-1\]/);
  });
});

describe('broadcastTo', () => {
  it('repeats along size-1 and missing axes', () => {
    expect(broadcastTo(tensor([1, 2, 3]), [2, 3]).toArray()).toEqual([[1, 2, 3], [1, 2, 3]]);
    expect(broadcastTo(tensor([[1], [2]]), [2, 2]).toArray()).toEqual([[1, 1], [2, 2]]);
    expect(broadcastTo(5, [2]).toArray()).toEqual([5, 5]);
  });

  it('returns new data even when the shape already matches', () => {
    const t = tensor([1, 2]);
    const copy = broadcastTo(t, [2]);
    expect(copy.data).not.toBe(t.data);
    expect(copy.toArray()).toEqual([1, 2]);
  });

  it('rejects a shape the tensor does not broadcast to', () => {
    expect(() => broadcastTo(tensor([1, 2, 3]), [3, 2])).toThrow(ShapeError);
    expect(() => broadcastTo(tensor([1, 2, 3]), [3, 2])).toThrow('broadcastTo(t, shape): cannot broadcast t of shape [3] to [3,2]');
    expect(() => broadcastTo(tensor([[1, 2]]), [2])).toThrow(/\[1,2\] to \[2\]/);
  });

  it('matches naive broadcasting on random shapes', () => {
    fc.assert(
      fc.property(broadcastPairArbitrary, fc.integer(), ({ a, out }, seed) => {
        const t = seededTensor(a, seed);
        const result = broadcastTo(t, out);
        expect(result.shape).toEqual(out);
        for (let i = 0; i < result.size; i++) expect(result.data[i]).toBe(broadcastValue(t, coordinatesOf(i, out)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('sumTo', () => {
  it('sums the broadcast axes back', () => {
    const g = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(sumTo(g, [3]).toArray()).toEqual([5, 7, 9]);
    expect(sumTo(g, [2, 1]).toArray()).toEqual([[6], [15]]);
    expect(sumTo(g, [1, 3]).toArray()).toEqual([[5, 7, 9]]);
    expect(sumTo(g, []).toArray()).toBe(21);
    expect(sumTo(g, [1, 1]).toArray()).toEqual([[21]]);
  });

  it('copies when nothing needs summing', () => {
    const g = tensor([1, 2]);
    const same = sumTo(g, [2]);
    expect(same.data).not.toBe(g.data);
    expect(same.toArray()).toEqual([1, 2]);
  });

  it('rejects shapes that do not broadcast to t', () => {
    expect(() => sumTo(tensor([[1, 2, 3]]), [2])).toThrow(ShapeError);
    expect(() => sumTo(tensor([[1, 2, 3]]), [2])).toThrow('sumTo(t, shape): shape [2] does not broadcast to t of shape [1,3]');
    expect(() => sumTo(tensor([1, 2]), [1, 2, 1])).toThrow(/shape \[1,2,1\]/);
  });

  it('is the adjoint of broadcastTo: <broadcastTo(x), g> = <x, sumTo(g)>', () => {
    fc.assert(
      fc.property(broadcastPairArbitrary, fc.integer(), ({ a, out }, seed) => {
        const x = seededTensor(a, seed, true);
        const g = seededTensor(out, seed + 1, true);
        const broadcast = broadcastTo(x, out);
        const summed = sumTo(g, a);
        expect(summed.shape).toEqual(a);
        let left = 0;
        for (let i = 0; i < g.size; i++) left += broadcast.data[i] * g.data[i];
        let right = 0;
        for (let i = 0; i < x.size; i++) right += x.data[i] * summed.data[i];
        expect(right).toBe(left);
      }),
      { numRuns: 60 },
    );
  });
});
