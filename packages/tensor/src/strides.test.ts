import { describe, expect, it } from 'vitest';
import { broadcastStrides, coalesce } from './strides.js';

describe('broadcastStrides', () => {
  it('puts 0 on broadcast and missing axes', () => {
    expect(broadcastStrides([3], [2, 3])).toEqual([0, 1]);
    expect(broadcastStrides([2, 1], [2, 3])).toEqual([1, 0]);
    expect(broadcastStrides([2, 3, 4], [2, 3, 4])).toEqual([12, 4, 1]);
  });
});

describe('coalesce', () => {
  it('merges contiguous axes and drops size-1 axes', () => {
    expect(coalesce([2, 3, 4], [[12, 4, 1]])).toEqual({ shape: [24], strides: [[1]] });
    expect(coalesce([2, 1, 3], [[3, 3, 1], [0, 0, 1]])).toEqual({ shape: [2, 3], strides: [[3, 1], [0, 1]] });
    expect(coalesce([1, 1], [[1, 1]])).toEqual({ shape: [1], strides: [[0]] });
  });

  it('keeps axes apart where one operand is broadcast', () => {
    expect(coalesce([4, 5], [[5, 1], [1, 0]])).toEqual({ shape: [4, 5], strides: [[5, 1], [1, 0]] });
    expect(coalesce([2, 3, 4], [[12, 4, 1], [0, 0, 1]])).toEqual({ shape: [6, 4], strides: [[4, 1], [0, 1]] });
  });
});
