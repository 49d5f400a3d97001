/** Shared fixtures for the loss tests (not exported by the package). */
import { assertGradCheck } from '@mnemo/autograd/testing';
import type { Variable } from '@mnemo/autograd';
import { expect } from 'vitest';
import type { Tensor } from '@mnemo/tensor';

/** Asserts each value is within `tolerance` (relative to max(1, |expected|)) of the expected number. */
export function expectValues(actual: Tensor | Variable, expected: readonly number[], tolerance = 1e-5): void {
  const data = Array.from(actual.data);
  expect(data).toHaveLength(expected.length);
  data.forEach((value, i) => {
    const allowed = tolerance * Math.max(1, Math.abs(expected[i]));
    if (!(Math.abs(value - expected[i]) <= allowed)) {
      throw new Error(`element ${i}: got ${value}, expected ${expected[i]} (±${allowed}); all: [${data.join(', ')}]`);
    }
  });
}

/** Runs a sharp gradient check and fails the test with its report. */
export function checkGradient(fn: (...inputs: Variable[]) => Variable, inputs: readonly (Tensor | Variable)[]): void {
  expect(assertGradCheck(fn, inputs).passed).toBe(true);
}

/** Stable log(1 + e^x) in float64. */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}
