/**
 * Shared test fixtures for the autograd tests (not exported by the package).
 */
import { Tensor, randn, type Shape } from '@mnemo/tensor';
import { expect } from 'vitest';
import type { Variable } from './variable.js';

/** Pairs of broadcast-compatible shapes: equal, trailing, both-sided size-1, scalar, size-1 against larger rank. */
export const BROADCAST_PAIRS: [Shape, Shape][] = [
  [[2, 3], [2, 3]],
  [[2, 3], [3]],
  [[2, 1], [1, 3]],
  [[3], []],
  [[], []],
  [[1], [2, 1]],
  [[2, 1, 3], [4, 1]],
];

/** A seeded standard normal tensor. */
export function random(shape: Shape, seed: number, std = 1): Tensor {
  return randn(shape, { seed, std });
}

/** A seeded tensor with every element at least `margin` away from zero, in ±[margin, margin + 2]. */
export function awayFromZero(shape: Shape, seed: number, margin = 0.3): Tensor {
  const values = randn(shape, { seed });
  const data = values.data.map((value) => Math.sign(value || 1) * (margin + Math.abs(value)));
  return new Tensor(data, shape);
}

/** Asserts each element equals the expected value to float32 precision (relative 1e-6). */
export function expectValues(actual: Tensor | Variable, expected: readonly number[], tolerance = 1e-6): void {
  const data = actual.data;
  expect(Array.from(data).length).toBe(expected.length);
  expected.forEach((value, i) => {
    if (Number.isNaN(value)) expect(data[i]).toBeNaN();
    else expect(Math.abs(data[i] - value)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(value)));
  });
}

/** A seeded tensor of positive values in [margin, margin + ~3]. */
export function positive(shape: Shape, seed: number, margin = 0.3): Tensor {
  const values = randn(shape, { seed });
  return new Tensor(values.data.map((value) => margin + Math.abs(value)), shape);
}
