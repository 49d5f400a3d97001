import { parameter, variable, Variable } from '@mnemo/autograd';
import { assertGradCheck } from '@mnemo/autograd/testing';
import { Tensor, ValueError, randn, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { sigmoid, sigmoidInPlace } from './sigmoid.js';
import { EXTREMES, expectClose, gradCheckShapes } from './test-helpers.js';

describe('sigmoid', () => {
  it('matches e^x / (e^x + 1) on known values', () => {
    const x = [0, 2, -2, 5, -0.5];
    expectClose(sigmoid(tensor(x)), x.map((v) => Math.exp(v) / (Math.exp(v) + 1)));
    expect(sigmoid(tensor(0)).item()).toBe(0.5);
  });

  it('returns a Tensor for a Tensor and a recorded Variable for a Variable', () => {
    expect(sigmoid(tensor([1]))).toBeInstanceOf(Tensor);
    const y = sigmoid(parameter([1]));
    expect(y).toBeInstanceOf(Variable);
    expect(y.op).toBe('sigmoid');
    expect(sigmoid(variable([1])).requiresGrad).toBe(false);
  });

  it('never overflows and stays in [0, 1], with no NaN for extreme inputs', () => {
    const y = sigmoid(tensor(EXTREMES)).data;
    expect(Array.from(y)).toEqual([1, 0, 1, 0, 0.5, 0.5]);
    expect(sigmoid(tensor([-80])).data[0]).toBeGreaterThan(0); // e^-80 is still a positive float32
  });

  it('has gradient σ(1 − σ), checked numerically on several shapes', () => {
    const x = parameter([0, 3]);
    sigmoid(x).backward(tensor([1, 1]));
    expectClose(x.grad!, [0.25, sigmoid(tensor(3)).item() * (1 - sigmoid(tensor(3)).item())]);
    for (const shape of gradCheckShapes) assertGradCheck((v) => sigmoid(v), [randn(shape, { seed: 3, std: 2 })]);
  });

  it('sigmoidInPlace transforms only the given range, without allocating', () => {
    const data = new Float32Array([0, 20, -20, 2]);
    sigmoidInPlace(data, 1, 2);
    expect(data[0]).toBe(0);
    expect(data[1]).toBe(1);
    expect(data[2]).toBeCloseTo(2.061e-9, 12);
    expect(data[3]).toBe(2);
    sigmoidInPlace(data);
    expect(data[0]).toBe(0.5);
    expect(() => sigmoidInPlace(data, 3, 2)).toThrow(ValueError);
  });

  it('rejects inputs that are neither Tensor nor Variable', () => {
    expect(() => sigmoid([1, 2] as never)).toThrow('sigmoid(x): x must be a Tensor or a Variable');
  });
});
