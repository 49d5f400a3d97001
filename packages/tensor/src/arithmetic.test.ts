import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, div, maximum, minimum, mul, pow, sub } from './arithmetic.js';
import { ShapeError, ValueError } from './errors.js';
import { tensor, type Tensor } from './tensor.js';
import { broadcastPairArbitrary, broadcastValue, coordinatesOf, seededTensor } from './test-helpers.js';

describe('arithmetic on known values', () => {
  const a = tensor([[1, 2], [3, 4]]);
  it('add, sub, mul, div', () => {
    expect(add(a, tensor([10, 20])).toArray()).toEqual([[11, 22], [13, 24]]);
    expect(sub(a, 1).toArray()).toEqual([[0, 1], [2, 3]]);
    expect(sub(1, a).toArray()).toEqual([[0, -1], [-2, -3]]);
    expect(mul(a, tensor([[10], [100]])).toArray()).toEqual([[10, 20], [300, 400]]);
    expect(div(a, 2).toArray()).toEqual([[0.5, 1], [1.5, 2]]);
    expect(Array.from(div(tensor([1, -1, 0]), 0).data)).toEqual([Infinity, -Infinity, NaN]);
  });

  it('pow, maximum, minimum', () => {
    expect(pow(a, 2).toArray()).toEqual([[1, 4], [9, 16]]);
    expect(pow(2, tensor([0, 1, 3])).toArray()).toEqual([1, 2, 8]);
    expect(Number.isNaN(pow(-8, 1 / 3).item())).toBe(true);
    expect(maximum(tensor([-1, 0, 2]), 0).toArray()).toEqual([0, 0, 2]);
    expect(minimum(tensor([-1, 0, 2]), tensor([[1], [-5]])).toArray()).toEqual([[-1, 0, 1], [-5, -5, -5]]);
    expect(Number.isNaN(maximum(NaN, tensor([1])).item())).toBe(true);
  });

  it('treats numbers as float32 scalars of shape []', () => {
    const result = add(1, 2);
    expect(result.shape).toEqual([]);
    expect(result.item()).toBe(3);
    expect(add(tensor([0]), 0.1).item()).toBe(Math.fround(0.1));
  });

  it('covers every broadcasting path: [B,N]+[N], [B,N]+[B,1], [N,1]+[1,N], rank 4', () => {
    const rows = tensor([[1, 2, 3], [4, 5, 6]]);
    expect(add(tensor([100, 200, 300]), rows).toArray()).toEqual([[101, 202, 303], [104, 205, 306]]);
    expect(sub(rows, tensor([[1], [4]])).toArray()).toEqual([[0, 1, 2], [0, 1, 2]]);
    expect(mul(tensor([[1], [2]]), tensor([[1, 10, 100]])).toArray()).toEqual([[1, 10, 100], [2, 20, 200]]);
    const big = add(tensor(new Float32Array(4).fill(1), [2, 1, 1, 2]), tensor([[0], [10], [20]]));
    expect(big.shape).toEqual([2, 1, 3, 2]);
    expect(Array.from(big.data.slice(0, 6))).toEqual([1, 1, 11, 11, 21, 21]);
  });

  it('handles empty tensors', () => {
    const empty = add(tensor(new Float32Array(0), [0, 3]), tensor([1, 2, 3]));
    expect(empty.shape).toEqual([0, 3]);
    expect(empty.size).toBe(0);
  });

  it('never mutates its inputs and returns new data', () => {
    const x = tensor([1, 2]);
    const y = tensor([3, 4]);
    const sum = add(x, y);
    expect(x.toArray()).toEqual([1, 2]);
    expect(y.toArray()).toEqual([3, 4]);
    expect(sum.data).not.toBe(x.data);
  });
});

describe('arithmetic errors', () => {
  it('names the op and both shapes when shapes do not broadcast', () => {
    expect(() => add(tensor([[1, 2, 3], [4, 5, 6]]), tensor([1, 2, 3, 4]))).toThrow(ShapeError);
    expect(() => add(tensor([[1, 2, 3], [4, 5, 6]]), tensor([1, 2, 3, 4]))).toThrow('add(a, b): shapes [2,3] and [4] do not broadcast');
    expect(() => pow(tensor([1, 2]), tensor([1, 2, 3]))).toThrow('pow(a, b): shapes [2] and [3] do not broadcast');
  });

  it('rejects values that are not tensors or numbers', () => {
    expect(() => mul(tensor([1]), [1, 2] as unknown as Tensor)).toThrow(ValueError);
    expect(() => mul(tensor([1]), [1, 2] as unknown as Tensor)).toThrow(/mul\(a, b\): b must be a Tensor or a number, got an array/);
    expect(() => div('1' as unknown as Tensor, 1)).toThrow(/div\(a, b\): a must be a Tensor or a number, got string/);
  });
});

describe('arithmetic properties', () => {
  const ops = [
    ['add', add, (x: number, y: number) => x + y],
    ['sub', sub, (x: number, y: number) => x - y],
    ['mul', mul, (x: number, y: number) => x * y],
    ['maximum', maximum, (x: number, y: number) => Math.max(x, y)],
  ] as const;

  for (const [name, op, reference] of ops) {
    it(`${name}(a, b) equals the elementwise op after explicit broadcasting`, () => {
      fc.assert(
        fc.property(broadcastPairArbitrary, fc.integer(), fc.boolean(), ({ a, b, out }, seed, scalarB) => {
          const left = seededTensor(a, seed);
          const right = scalarB ? 0.75 : seededTensor(b, seed + 1);
          const rightTensor = typeof right === 'number' ? tensor(right) : right;
          const result = op(left, right);
          const shape = scalarB ? left.shape : out;
          expect(result.shape).toEqual(shape);
          for (let i = 0; i < result.size; i++) {
            const at = coordinatesOf(i, shape);
            expect(result.data[i]).toBe(Math.fround(reference(broadcastValue(left, at), broadcastValue(rightTensor, at))));
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('add is commutative under broadcasting', () => {
    fc.assert(
      fc.property(broadcastPairArbitrary, fc.integer(), ({ a, b }, seed) => {
        const left = seededTensor(a, seed);
        const right = seededTensor(b, seed + 1);
        expect(add(left, right).data).toEqual(add(right, left).data);
      }),
      { numRuns: 40 },
    );
  });
});
