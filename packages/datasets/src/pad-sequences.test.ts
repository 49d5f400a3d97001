import { ValueError } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { padSequences } from './pad-sequences.js';

describe('padSequences', () => {
  it('pads after the tokens by default, to the longest sequence', () => {
    const { ids, lengths, mask } = padSequences([[5, 6, 7], [8]]);
    expect(ids.shape).toEqual([2, 3]);
    expect(ids.toArray()).toEqual([[5, 6, 7], [8, 0, 0]]);
    expect(lengths.toArray()).toEqual([3, 1]);
    expect(mask.toArray()).toEqual([[1, 1, 1], [1, 0, 0]]);
  });

  it('pads before the tokens with padding: pre, lengths still counting real tokens', () => {
    const { ids, lengths, mask } = padSequences([[5, 6, 7], [8]], { padding: 'pre', maxLength: 4 });
    expect(ids.toArray()).toEqual([[0, 5, 6, 7], [0, 0, 0, 8]]);
    expect(lengths.toArray()).toEqual([3, 1]);
    expect(mask.toArray()).toEqual([[0, 1, 1, 1], [0, 0, 0, 1]]);
  });

  it('truncates the end by default and the start with truncating: pre', () => {
    expect(padSequences([[1, 2, 3, 4, 5]], { maxLength: 3 }).ids.toArray()).toEqual([[1, 2, 3]]);
    expect(padSequences([[1, 2, 3, 4, 5]], { maxLength: 3, truncating: 'pre' }).ids.toArray()).toEqual([[3, 4, 5]]);
    expect(padSequences([[1, 2, 3, 4, 5]], { maxLength: 3 }).lengths.toArray()).toEqual([3]);
  });

  it('uses a custom fill value', () => {
    expect(padSequences([[1], [2, 3]], { value: -1 }).ids.toArray()).toEqual([[1, -1], [2, 3]]);
  });

  it('gives an empty sequence length 0 and an all-zero mask row', () => {
    const { ids, lengths, mask } = padSequences([[], [4, 5]]);
    expect(ids.toArray()).toEqual([[0, 0], [4, 5]]);
    expect(lengths.toArray()).toEqual([0, 2]);
    expect(mask.toArray()).toEqual([[0, 0], [1, 1]]);
  });

  it('with minLength: 1, turns an empty sequence into one real <pad> step', () => {
    const post = padSequences([[], [4, 5]], { minLength: 1 });
    expect(post.lengths.toArray()).toEqual([1, 2]);
    expect(post.mask.toArray()).toEqual([[1, 0], [1, 1]]);
    const pre = padSequences([[], [4, 5]], { minLength: 1, padding: 'pre' });
    expect(pre.mask.toArray()).toEqual([[0, 1], [1, 1]]);
    expect(padSequences([[], []], { minLength: 1 }).ids.shape).toEqual([2, 1]);
  });

  it('handles an empty batch and all-empty sequences', () => {
    expect(padSequences([]).ids.shape).toEqual([0, 0]);
    expect(padSequences([], { maxLength: 5 }).mask.shape).toEqual([0, 5]);
    expect(padSequences([[], []]).ids.shape).toEqual([2, 0]);
  });

  it('accepts typed arrays and pads a 10,000-step sequence', () => {
    const long = Int32Array.from({ length: 10_000 }, (_, index) => index);
    const { ids, lengths } = padSequences([long, new Int32Array([7])]);
    expect(ids.shape).toEqual([2, 10_000]);
    expect(ids.data[9_999]).toBe(9_999);
    expect(ids.data[10_001]).toBe(0);
    expect(lengths.toArray()).toEqual([10_000, 1]);
  });

  it('keeps mask and lengths consistent: each row of the mask sums to its length', () => {
    const sequences = [[1, 2, 3, 4, 5, 6], [1], [], [1, 2, 3]];
    for (const padding of ['pre', 'post'] as const) {
      const { lengths, mask } = padSequences(sequences, { padding, maxLength: 4 });
      const rows = mask.toArray() as number[][];
      expect(rows.map((row) => row.reduce((sum, value) => sum + value, 0))).toEqual(lengths.toArray());
    }
  });

  it('rejects bad ids and bad options by name', () => {
    expect(() => padSequences([[1, Number.NaN]])).toThrow(/sequences\[0\]\[1\] is NaN/);
    expect(() => padSequences([[2 ** 25]])).toThrow(ValueError);
    expect(() => padSequences([[1]], { padding: 'left' as never })).toThrow(/padding must be "pre" or "post", got "left"/);
    expect(() => padSequences([[1]], { maxLength: 0 })).toThrow(/maxLength must be a positive integer, got 0/);
    expect(() => padSequences([[1]], { maxLength: 2, minLength: 3 })).toThrow(/minLength 3 exceeds maxLength 2/);
    expect(() => padSequences([[1]], { maxlength: 2 } as never)).toThrow(/unknown option "maxlength"/);
    expect(() => padSequences([5 as never])).toThrow(/sequences\[0\] must be an array of numbers/);
  });
});
