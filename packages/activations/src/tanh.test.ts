import { parameter, Variable } from '@mnemo/autograd';
import { assertGradCheck } from '@mnemo/autograd/testing';
import { Tensor, randn, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { tanh, tanhInPlace } from './tanh.js';
import { EXTREMES, expectClose, gradCheckShapes } from './test-helpers.js';

describe('tanh', () => {
  it('matches (e^x − e^-x)/(e^x + e^-x) on known values', () => {
    const x = [0, 1, -1, 0.25, 3];
    expectClose(tanh(tensor(x)), x.map((v) => (Math.exp(v) - Math.exp(-v)) / (Math.exp(v) + Math.exp(-v))));
  });

  it('is exact at large |x|, keeps -0, and never gives NaN', () => {
    const y = tanh(tensor(EXTREMES));
    expect(Array.from(y.data)).toEqual([1, -1, 1, -1, -0, 0]);
    expect(Object.is(y.data[4], -0)).toBe(true);
  });

  it('returns a Tensor for a Tensor and a Variable for a Variable', () => {
    expect(tanh(tensor([1]))).toBeInstanceOf(Tensor);
    expect(tanh(parameter([1]))).toBeInstanceOf(Variable);
  });

  it('has gradient 1 − tanh², checked numerically on several shapes', () => {
    const x = parameter([0, 1]);
    tanh(x).backward(tensor([1, 2]));
    expectClose(x.grad!, [1, 2 * (1 - Math.tanh(1) ** 2)]);
    for (const shape of gradCheckShapes) assertGradCheck((v) => tanh(v), [randn(shape, { seed: 4, std: 1.5 })]);
  });

  it('tanhInPlace transforms only the given range', () => {
    const data = new Float32Array([1, 1, 1]);
    tanhInPlace(data, 2);
    expect(Array.from(data)).toEqual([1, 1, Math.fround(Math.tanh(1))]);
    expect(() => tanhInPlace(data, -1, 1)).toThrow('tanhInPlace(data, offset, length)');
  });
});
