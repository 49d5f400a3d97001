/**
 * Helpers shared by this package's tests (not exported from the package).
 */
import { parameter, type Parameter } from '@mnemo/autograd';
import { tensor } from '@mnemo/tensor';
import { expect } from 'vitest';

/** A 1-d parameter holding `values` (rounded to float32). */
export function makeParameter(values: readonly number[]): Parameter {
  return parameter(tensor(Float32Array.from(values)));
}

/** Sets `param.grad` to a fresh tensor of `values`, shaped like the parameter. */
export function setGrad(param: Parameter, values: readonly number[]): void {
  param.grad = tensor(Float32Array.from(values), param.shape);
}

/** The float32 value nearest each number: the exact inputs an optimizer sees. */
export function float32(values: readonly number[]): number[] {
  return values.map((value) => Math.fround(value));
}

/**
 * Asserts elementwise |actual − expected| <= tolerance·max(|expected|, 1): relative for
 * large values, absolute below 1 (float32 rounds an O(1) weight to about 6e-8).
 */
export function expectClose(actual: ArrayLike<number>, expected: readonly number[], tolerance = 1e-6): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const error = Math.abs(actual[i] - expected[i]);
    if (!(error <= tolerance * Math.max(Math.abs(expected[i]), 1))) {
      throw new Error(`element ${i}: got ${actual[i]}, expected ${expected[i]} (error ${error})`);
    }
  }
}

/**
 * Runs `steps` optimizer steps on `param`, setting the gradient from `gradients[k]`
 * before step k, and returns the parameter's values after each step.
 */
export function trajectory(step: () => void, param: Parameter, gradients: readonly (readonly number[])[]): number[][] {
  return gradients.map((gradient) => {
    setGrad(param, gradient);
    step();
    return Array.from(param.value.data);
  });
}

/** Three gradients used by the first-steps tests: signs and magnitudes that exercise every branch. */
export const gradientSequence: readonly (readonly number[])[] = [
  [0.5, -1.25, 2, 0],
  [0.25, -1, -3, 0.125],
  [-0.75, 0.5, 1.5, 1e-3],
];

/** The starting values for the first-steps tests. */
export const startValues: readonly number[] = [1, -0.5, 0.3, 2];

/** The lr of every group after each of `epochs` scheduler steps, starting with epoch 0. */
export function lrsOver(scheduler: { step(): void; getLastLr(): number[] }, optimizer: { paramGroups: { lr: number }[] }, epochs: number): number[][] {
  const seen: number[][] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    expect(scheduler.getLastLr()).toEqual(optimizer.paramGroups.map((group) => group.lr));
    seen.push(optimizer.paramGroups.map((group) => group.lr));
    scheduler.step();
  }
  return seen;
}
