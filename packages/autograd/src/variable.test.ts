import { ValueError, tensor, type Tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { mul } from './mul.js';
import { Parameter, Variable, isVariable, parameter, variable } from './variable.js';

describe('Variable', () => {
  it('exposes its value through shape, rank, size, data and item()', () => {
    const x = variable([[1, 2, 3], [4, 5, 6]]);
    expect(x.shape).toEqual([2, 3]);
    expect(x.rank).toBe(2);
    expect(x.size).toBe(6);
    expect(x.data).toBe(x.value.data);
    expect(variable(7).item()).toBe(7);
    expect(() => x.item()).toThrow();
  });

  it('wraps a Tensor without copying', () => {
    const t = tensor([1, 2]);
    expect(variable(t).value).toBe(t);
    expect(parameter(t).value).toBe(t);
  });

  it('defaults to requiresGrad false; Parameter always requires a gradient', () => {
    expect(variable([1]).requiresGrad).toBe(false);
    expect(variable([1], { requiresGrad: true }).requiresGrad).toBe(true);
    const p = parameter([1, 2]);
    expect(p).toBeInstanceOf(Parameter);
    expect(p).toBeInstanceOf(Variable);
    expect(p.requiresGrad).toBe(true);
    expect(p.isLeaf).toBe(true);
  });

  it('detach() shares the value and drops the history', () => {
    const y = mul(parameter([1, 2]), 2);
    expect(y.isLeaf).toBe(false);
    const detached = y.detach();
    expect(detached.value).toBe(y.value);
    expect(detached.requiresGrad).toBe(false);
    expect(detached.isLeaf).toBe(true);
  });

  it('prints its value and origin', () => {
    expect(String(variable([1, 2]))).toBe('Variable(tensor([1, 2], shape=[2]), requiresGrad=false)');
    expect(String(mul(parameter([1]), 2))).toBe('Variable(tensor([2], shape=[1]), op=mul)');
    expect(String(parameter([1]))).toBe('Parameter(tensor([1], shape=[1]))');
  });

  it('rejects what is not a tensor', () => {
    expect(() => new Variable([1, 2] as unknown as Tensor)).toThrow(ValueError);
    expect(() => variable(variable([1]) as never)).toThrow('variable(values): got a Variable');
    expect(isVariable(variable([1]))).toBe(true);
    expect(isVariable(tensor([1]))).toBe(false);
  });
});
