import { ShapeError, ValueError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { add } from './add.js';
import { backward } from './backward.js';
import { mul, square } from './mul.js';
import { sum } from './sum.js';
import { exp } from './unary.js';
import { parameter, variable } from './variable.js';

describe('backward', () => {
  it('accumulates gradients across backward calls until zeroGrad', () => {
    const w = parameter([1, -2]);
    sum(square(w)).backward();
    expect(w.grad?.toArray()).toEqual([2, -4]);
    sum(mul(w, 3)).backward();
    expect(w.grad?.toArray()).toEqual([5, -1]);
    w.zeroGrad();
    expect(w.grad).toBeNull();
    sum(w).backward();
    expect(w.grad?.toArray()).toEqual([1, 1]);
  });

  it('adds the same gradients again when called twice on one graph', () => {
    const w = parameter([2]);
    const loss = sum(square(w));
    loss.backward();
    loss.backward();
    expect(w.grad?.toArray()).toEqual([8]);
  });

  it('sums gradients over every path (a shared subexpression, an input used twice)', () => {
    const x = parameter([3]);
    const shared = mul(x, x); // x²
    const y = add(mul(shared, x), shared); // x³ + x²
    y.backward();
    expect(x.grad?.toArray()).toEqual([3 * 9 + 2 * 3]);
  });

  it('throws ValueError for a non-scalar output without gradOutput', () => {
    const y = mul(parameter([1, 2]), 2);
    expect(() => y.backward()).toThrow(ValueError);
    expect(() => y.backward()).toThrow('backward(): output has shape [2]; pass gradOutput of that shape');
  });

  it('accepts a one-element output of any rank, a number or a tensor as gradOutput', () => {
    const x = parameter([[2]]);
    mul(x, 3).backward();
    expect(x.grad?.toArray()).toEqual([[3]]);
    const v = parameter([1, 2]);
    mul(v, v).backward(0.5);
    expect(v.grad?.toArray()).toEqual([1, 2]);
    expect(() => mul(v, v).backward(tensor([1, 2, 3]))).toThrow(ShapeError);
  });

  it('refuses an output that does not require a gradient', () => {
    expect(() => sum(variable([1, 2])).backward()).toThrow('does not require a gradient');
  });

  it('on a leaf, accumulates gradOutput into its own grad', () => {
    const x = parameter([1, 2]);
    backward(x, tensor([3, 4]));
    expect(x.grad?.toArray()).toEqual([3, 4]);
  });

  it('stores grads that alias nothing: in-place changes to one grad leave the others alone', () => {
    const a = parameter([1]);
    const b = parameter([1]);
    add(a, b).backward();
    a.grad!.data[0] = 100;
    expect(b.grad?.toArray()).toEqual([1]);
  });

  it('leaves intermediate gradients out unless retainGrad() was called', () => {
    const x = parameter([1, 2]);
    const hidden = mul(x, 2);
    const kept = exp(hidden).retainGrad();
    sum(kept).backward();
    expect(hidden.grad).toBeNull();
    expect(kept.grad?.toArray()).toEqual([1, 1]);
    expect(() => variable([1]).retainGrad()).toThrow(ValueError);
  });

  it('gives no gradient to inputs that do not require one', () => {
    const constant = variable([1, 2]);
    const w = parameter([3, 4]);
    sum(mul(constant, w)).backward();
    expect(constant.grad).toBeNull();
    expect(w.grad?.toArray()).toEqual([1, 2]);
  });

  it('handles a 15,000-op chain without recursion limits', () => {
    const x = parameter([1]);
    let y = x;
    for (let i = 0; i < 15_000; i++) y = add(y, 1e-4);
    y.backward();
    expect(x.grad?.toArray()).toEqual([1]);
  });
});
