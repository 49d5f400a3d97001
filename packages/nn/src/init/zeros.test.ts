import { ShapeError } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { zeros } from './zeros.js';

describe('zeros', () => {
  it('fills a shape with zeros', () => {
    expect(zeros([2, 2]).toArray()).toEqual([[0, 0], [0, 0]]);
    expect(zeros([]).shape).toEqual([]);
    expect(() => zeros([1.5])).toThrow(ShapeError);
  });
});
