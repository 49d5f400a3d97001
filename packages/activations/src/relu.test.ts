import { parameter, variable } from '@mnemo/autograd';
import { assertGradCheck } from '@mnemo/autograd/testing';
import { ValueError, randn, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { leakyRelu, relu } from './relu.js';
import { EXTREMES, awayFrom, gradCheckShapes } from './test-helpers.js';

describe('relu', () => {
  it('computes max(x, 0)', () => {
    expect(relu(tensor([-1, 0, 2.5])).toArray()).toEqual([0, 0, 2.5]);
    expect(Object.is(relu(tensor([-1])).data[0], 0)).toBe(true); // +0, not -0
    expect(Array.from(relu(tensor(EXTREMES)).data)).toEqual([1e4, 0, Math.fround(1e30), 0, 0, 0]);
  });

  it('has gradient 1 above 0 and 0 at and below 0', () => {
    const x = parameter([-1, 0, 2]);
    relu(x).backward(tensor([5, 5, 5]));
    expect(x.grad?.toArray()).toEqual([0, 0, 5]);
    for (const shape of gradCheckShapes) assertGradCheck((v) => relu(v), [awayFrom(randn(shape, { seed: 5 }), [0])]);
  });

  it('records on Variables that require a gradient only', () => {
    expect(relu(variable([1])).requiresGrad).toBe(false);
    expect(relu(parameter([1])).op).toBe('relu');
  });
});

describe('leakyRelu', () => {
  it('scales negative inputs by the slope (default 0.01)', () => {
    expect(Array.from(leakyRelu(tensor([-10, 0, 2])).data)).toEqual([Math.fround(-0.1), 0, 2]);
    expect(leakyRelu(tensor([-10, 2]), 0.5).toArray()).toEqual([-5, 2]);
    expect(Array.from(leakyRelu(tensor(EXTREMES)).data).every((v) => !Number.isNaN(v))).toBe(true);
  });

  it('has gradient 1 above 0 and slope at and below 0', () => {
    const x = parameter([-1, 0, 2]);
    leakyRelu(x, 0.25).backward(tensor([4, 4, 4]));
    expect(x.grad?.toArray()).toEqual([1, 1, 4]);
    for (const shape of gradCheckShapes) assertGradCheck((v) => leakyRelu(v, 0.2), [awayFrom(randn(shape, { seed: 6 }), [0])]);
  });

  it('rejects a non-finite slope', () => {
    expect(() => leakyRelu(tensor([1]), Number.NaN)).toThrow(ValueError);
  });
});
