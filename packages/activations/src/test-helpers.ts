/**
 * Shared test fixtures for the activation tests (not exported by the package).
 */
import type { Variable } from '@mnemo/autograd';
import type { Shape, Tensor } from '@mnemo/tensor';
import { expect } from 'vitest';

/** Inputs that break naive formulas: overflowing exponentials and a negative zero. */
export const EXTREMES = [1e4, -1e4, 1e30, -1e30, -0, 0];

/** Shapes every activation is gradient-checked on: a matrix, a size-1 axis, a vector of one, a scalar. */
export const gradCheckShapes: Shape[] = [[2, 3], [3, 1], [1], []];

/** Asserts each element is within 1e-6 relative (float32) of the expected value. */
export function expectClose(actual: Tensor | Variable, expected: readonly number[], tolerance = 1e-6): void {
  const data = actual.data;
  expect(data.length).toBe(expected.length);
  expected.forEach((value, i) => {
    expect(Math.abs(data[i] - value)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(value)));
  });
}

/** True when no element is NaN. */
export function hasNoNaN(values: ArrayLike<number>): boolean {
  return Array.from(values).every((value) => !Number.isNaN(value));
}

/** A copy of `x` with every element at least `margin` away from each kink (moved outward), so finite differences do not straddle one. */
export function awayFrom(x: Tensor, kinks: readonly number[], margin = 0.1): Tensor {
  const data = Float32Array.from(x.data);
  for (let i = 0; i < data.length; i++) {
    for (const kink of kinks) {
      const offset = data[i] - kink;
      if (Math.abs(offset) < margin) data[i] = kink + (offset < 0 ? -margin : margin);
    }
  }
  return new (x.constructor as typeof Tensor)(data, x.shape);
}
