import { describe, expect, it } from 'vitest';
import { FormatError, IndexError, MnemoError, ShapeError, ValueError } from './errors.js';

describe('errors', () => {
  it('are branded: isInstance and instanceof see through class copies', () => {
    const error = new ShapeError('matMul(a, b): a is [2,3], b is [4,5]');
    expect(error.name).toBe('ShapeError');
    expect(ShapeError.isInstance(error)).toBe(true);
    expect(MnemoError.isInstance(error)).toBe(true);
    expect(ValueError.isInstance(error)).toBe(false);
    // A plain object carrying the same brands, as an error from another copy would.
    const foreign = Object.assign(Object.create(Error.prototype), { message: 'x' });
    Object.defineProperty(foreign, Symbol.for('@mnemo/error/IndexError'), { value: true });
    expect(foreign instanceof IndexError).toBe(true);
    expect(IndexError.isInstance(foreign)).toBe(true);
    expect(foreign instanceof ShapeError).toBe(false);
  });

  it('FormatError names the file and line', () => {
    const error = new FormatError('expected 2 fields, got 3', { file: 'data.csv', line: 12 });
    expect(error.message).toBe('data.csv:12: expected 2 fields, got 3');
    expect(error.file).toBe('data.csv');
    expect(error.line).toBe(12);
    expect(error instanceof MnemoError).toBe(true);
    expect(error instanceof Error).toBe(true);
  });
});
