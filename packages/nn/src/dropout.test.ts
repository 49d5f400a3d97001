import { sum, variable } from '@mnemo/autograd';
import { ValueError, createRng, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { Dropout } from './dropout.js';

const ones = (size: number) => tensor(new Array(size).fill(1));

describe('Dropout', () => {
  it('zeroes about p of the elements and scales the rest by 1/(1-p), keeping the mean', () => {
    const out = new Dropout(0.25, { seed: 1 }).forward(ones(20000)).data;
    const zeros = out.filter((x) => x === 0).length;
    expect(out.every((x) => x === 0 || Math.abs(x - 1 / 0.75) < 1e-6)).toBe(true);
    expect(Math.abs(zeros / 20000 - 0.25)).toBeLessThan(0.015); // standard error 0.003
    expect(Math.abs(out.reduce((a, b) => a + b, 0) / 20000 - 1)).toBeLessThan(0.02);
  });

  it('is deterministic by seed, and draws a fresh mask on every call', () => {
    const a = new Dropout(0.5, { seed: 7 });
    const b = new Dropout(0.5, { seed: 7 });
    const first = Array.from(a.forward(ones(64)).data);
    expect(Array.from(b.forward(ones(64)).data)).toEqual(first);
    expect(Array.from(a.forward(ones(64)).data)).not.toEqual(first);
    expect(Array.from(new Dropout(0.5, { rng: createRng(7) }).forward(ones(64)).data)).toEqual(first);
  });

  it('is the identity in eval mode and for p = 0', () => {
    const x = variable([1, 2, 3], { requiresGrad: true });
    const dropout = new Dropout(0.9, { seed: 0 }).eval();
    expect(dropout.forward(x)).toBe(x);
    expect(Array.from(dropout.forward(tensor([4, 5])).data)).toEqual([4, 5]);
    expect(new Dropout(0, { seed: 0 }).forward(x)).toBe(x);
    dropout.train();
    expect(Array.from(dropout.forward(x).data)).not.toEqual([1, 2, 3]);
  });

  it('passes the gradient through the kept elements only, scaled', () => {
    const x = variable(ones(32), { requiresGrad: true });
    const y = new Dropout(0.5, { seed: 3 }).forward(x);
    sum(y).backward();
    expect(Array.from(x.grad!.data)).toEqual(Array.from(y.data));
  });

  it('validates p and the random source', () => {
    for (const p of [-0.1, 1, 1.5, NaN]) expect(() => new Dropout(p, { seed: 0 })).toThrow(ValueError);
    expect(() => new Dropout(1, { seed: 0 })).toThrow('Dropout(p, options): p must be a probability in [0, 1), got 1');
    expect(() => new Dropout(0.5, {} as never)).toThrow(/seed/);
  });
});
