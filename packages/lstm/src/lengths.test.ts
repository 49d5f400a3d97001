import { ShapeError, ValueError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { resolveLengths } from './lengths.js';

describe('resolveLengths', () => {
  it('returns the lengths as Int32Array from an array or a tensor', () => {
    expect(Array.from(resolveLengths('op', [3, 1], 2, 3) ?? [])).toEqual([3, 1]);
    expect(Array.from(resolveLengths('op', tensor([2, 3]), 2, 3) ?? [])).toEqual([2, 3]);
  });

  it('returns null when absent or when every sequence is full length', () => {
    expect(resolveLengths('op', undefined, 2, 3)).toBeNull();
    expect(resolveLengths('op', [3, 3], 2, 3)).toBeNull();
  });

  it('rejects 0, lengths above T and non-integers, naming the index', () => {
    expect(() => resolveLengths('LSTM.forward', [3, 0], 2, 3)).toThrow(ValueError);
    expect(() => resolveLengths('LSTM.forward', [3, 0], 2, 3)).toThrow(/lengths\[1\] is 0.*\[1, 3\]/);
    expect(() => resolveLengths('LSTM.forward', [4, 1], 2, 3)).toThrow(/lengths\[0\] is 4/);
    expect(() => resolveLengths('LSTM.forward', [1.5, 1], 2, 3)).toThrow(/lengths\[0\] is 1.5/);
  });

  it('rejects a count that is not the batch size', () => {
    expect(() => resolveLengths('LSTM.forward', [1, 2, 3], 2, 3)).toThrow(ShapeError);
    expect(() => resolveLengths('LSTM.forward', tensor([[1, 2]]), 2, 3)).toThrow(/1-D/);
  });
});
