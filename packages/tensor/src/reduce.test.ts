import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reducedShape } from './axes.js';
import { IndexError, ValueError } from './errors.js';
import { max, mean, min, sum } from './reduce.js';
import { stridesOf } from './shape.js';
import { tensor, type Tensor } from './tensor.js';
import { axesSubsetArbitrary, coordinatesOf, seededTensor, shapeArbitrary } from './test-helpers.js';

describe('reductions on known values', () => {
  const t = tensor([[1, 2, 3], [4, 5, 6]]);
  it('sum', () => {
    expect(sum(t).shape).toEqual([]);
    expect(sum(t).item()).toBe(21);
    expect(sum(t, 0).toArray()).toEqual([5, 7, 9]);
    expect(sum(t, -1).toArray()).toEqual([6, 15]);
    expect(sum(t, 1, true).toArray()).toEqual([[6], [15]]);
    expect(sum(t, [0, 1], true).toArray()).toEqual([[21]]);
    expect(sum(t, []).toArray()).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(sum(3).item()).toBe(3);
  });

  it('mean, max, min', () => {
    expect(mean(t, 1).toArray()).toEqual([2, 5]);
    expect(mean(t).item()).toBe(3.5);
    expect(max(t, 0).toArray()).toEqual([4, 5, 6]);
    expect(min(t, 1, true).toArray()).toEqual([[1], [4]]);
    expect(max(tensor([-Infinity, -Infinity])).item()).toBe(-Infinity);
  });

  it('reduce a middle axis of a rank-3 tensor', () => {
    const cube = tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]]);
    expect(sum(cube, 1).toArray()).toEqual([[4, 6], [12, 14]]);
    expect(max(cube, [0, 2]).toArray()).toEqual([6, 8]);
  });

  it('accumulate in float64', () => {
    const values = new Float32Array(1 + 1e4).fill(1);
    values[0] = 2 ** 24; // float32 accumulation would be stuck at 2^24
    expect(sum(tensor(values)).item()).toBe(2 ** 24 + 1e4);
  });

  it('propagate NaN through max and min', () => {
    expect(Number.isNaN(max(tensor([1, NaN, 3])).item())).toBe(true);
    expect(Number.isNaN(min(tensor([NaN, 1])).item())).toBe(true);
  });

  it('handle empty tensors: sum 0, mean NaN, max/min ValueError', () => {
    const empty = tensor(new Float32Array(0), [2, 0]);
    expect(sum(empty, 1).toArray()).toEqual([0, 0]);
    expect(Number.isNaN(mean(empty).item())).toBe(true);
    expect(sum(empty, 0).shape).toEqual([0]);
    expect(max(empty, 0).shape).toEqual([0]);
    expect(() => max(empty, 1)).toThrow(ValueError);
    expect(() => max(empty, 1)).toThrow('max(t, axes): cannot take the max over an empty axis: t is [2,0], axes [1]');
    expect(() => min(empty)).toThrow(/min\(t, axes\).*\[2,0\]/);
  });

  it('reject bad axes with IndexError naming the op and shape', () => {
    expect(() => sum(t, 2)).toThrow(IndexError);
    expect(() => sum(t, 2)).toThrow('sum(t, axes): axis 2 is out of range for shape [2,3] (valid: -2..1)');
    expect(() => mean(t, [0, -2])).toThrow('mean(t, axes): axis 0 is listed twice in [0,-2] (shape [2,3])');
    expect(() => max(t, 0.5)).toThrow(/max\(t, axes\): axis must be an integer, got 0.5/);
    expect(() => min(t, NaN)).toThrow(IndexError);
  });
});

/** Naive reference: every element added into its output slot by coordinates. */
function naiveReduce(t: Tensor, axes: number[], combine: (x: number, y: number) => number, start: number): Float64Array {
  const outShape = reducedShape(t.shape, axes, true);
  const outStrides = stridesOf(outShape);
  const out = new Float64Array(outShape.reduce((x, y) => x * y, 1)).fill(start);
  for (let i = 0; i < t.size; i++) {
    const at = coordinatesOf(i, t.shape);
    let index = 0;
    for (let axis = 0; axis < t.rank; axis++) if (!axes.includes(axis)) index += at[axis] * outStrides[axis];
    out[index] = combine(out[index], t.data[i]);
  }
  return out;
}

describe('reduction properties', () => {
  const cases = [
    ['sum', sum, (x: number, y: number) => x + y, 0],
    ['max', max, Math.max, -Infinity],
    ['min', min, Math.min, Infinity],
  ] as const;
  for (const [name, op, combine, start] of cases) {
    it(`${name} matches a naive reduction over random axes, with and without keepDims`, () => {
      fc.assert(
        fc.property(
          shapeArbitrary(4, 4).chain((shape) => fc.tuple(fc.constant(shape), axesSubsetArbitrary(shape.length), fc.boolean(), fc.integer())),
          ([shape, axes, keepDims, seed]) => {
            const t = seededTensor(shape, seed, true);
            const result = op(t, axes, keepDims);
            expect(result.shape).toEqual(reducedShape(shape, axes, keepDims));
            const expected = naiveReduce(t, axes, combine, start);
            expect(Array.from(result.data)).toEqual(Array.from(expected));
          },
        ),
        { numRuns: 80 },
      );
    });
  }

  it('mean times count equals sum', () => {
    fc.assert(
      fc.property(shapeArbitrary(3, 4), fc.integer(), (shape, seed) => {
        const t = seededTensor(shape, seed, true);
        const count = Math.max(1, t.size);
        expect(mean(t).item() * count).toBeCloseTo(sum(t).item(), 4);
      }),
      { numRuns: 50 },
    );
  });
});
