import { describe, expect, it } from 'vitest';
import { arange, eye, full, ones, onesLike, zeros, zerosLike } from './creation.js';
import { ShapeError, ValueError } from './errors.js';
import { tensor } from './tensor.js';

describe('creation', () => {
  it('zeros, ones, full', () => {
    expect(zeros([2, 3]).toArray()).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect(ones([3]).toArray()).toEqual([1, 1, 1]);
    expect(ones([]).item()).toBe(1);
    expect(full([2, 2], 7).toArray()).toEqual([[7, 7], [7, 7]]);
    expect(full([1], 0.1).item()).toBe(Math.fround(0.1));
    expect(Number.isNaN(full([1], NaN).item())).toBe(true);
    expect(zeros([0, 4]).size).toBe(0);
  });

  it('zerosLike and onesLike copy the shape', () => {
    const t = tensor([[1, 2, 3]]);
    expect(zerosLike(t).toArray()).toEqual([[0, 0, 0]]);
    expect(onesLike(t).toArray()).toEqual([[1, 1, 1]]);
    expect(onesLike(5).shape).toEqual([]);
  });

  it('arange with one, two and three arguments', () => {
    expect(arange(4).toArray()).toEqual([0, 1, 2, 3]);
    expect(arange(2, 5).toArray()).toEqual([2, 3, 4]);
    expect(arange(1, 2, 0.25).toArray()).toEqual([1, 1.25, 1.5, 1.75]);
    expect(arange(3, 0, -1).toArray()).toEqual([3, 2, 1]);
    expect(arange(0, 1, 0.3).toArray()).toEqual([0, 0.3, 0.6, 0.9].map(Math.fround));
    expect(arange(5, 2).shape).toEqual([0]);
    expect(arange(0).shape).toEqual([0]);
  });

  it('eye', () => {
    expect(eye(2).toArray()).toEqual([[1, 0], [0, 1]]);
    expect(eye(2, 3).toArray()).toEqual([[1, 0, 0], [0, 1, 0]]);
    expect(eye(3, 1).toArray()).toEqual([[1], [0], [0]]);
  });

  it('rejects bad shapes with ShapeError naming the op and shape', () => {
    expect(() => zeros([2, NaN])).toThrow(ShapeError);
    expect(() => zeros([2, NaN])).toThrow('zeros(shape): shape [2,NaN] has size NaN at axis 1');
    expect(() => ones([-1])).toThrow(/ones\(shape\): shape \[-1\]/);
    expect(() => full([2.5], 1)).toThrow(/full\(shape, value\): shape \[2.5\]/);
    expect(() => eye(2.5)).toThrow(/eye\(n, m\): shape \[2.5,2.5\]/);
  });

  it('rejects bad values with ValueError', () => {
    expect(() => full([2], '1' as unknown as number)).toThrow(ValueError);
    expect(() => arange(0, 5, 0)).toThrow('arange(start, stop, step): step must not be 0');
    expect(() => arange(Infinity)).toThrow(/stop must be a finite number, got Infinity/);
    expect(() => arange(NaN, 2)).toThrow(ValueError);
  });
});
