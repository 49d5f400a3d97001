import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShapeError, ValueError } from './errors.js';
import { matMul } from './mat-mul.js';
import { createRng } from './random.js';
import { sizeOf, stridesOf, type Shape } from './shape.js';
import { Tensor, tensor } from './tensor.js';

function randomTensor(shape: Shape, seed: number): Tensor {
  const rng = createRng(seed);
  const data = new Float32Array(sizeOf(shape));
  for (let i = 0; i < data.length; i++) data[i] = rng.next() * 4 - 2;
  return new Tensor(data, shape);
}

/** Element of `t` at the broadcast batch index `batchIndex` (aligned right), row r, column c. */
function elementAt(t: Tensor, batchIndex: number[], row: number, column: number): number {
  const strides = stridesOf(t.shape);
  const rank = t.shape.length;
  let offset = row * strides[rank - 2] + column * strides[rank - 1];
  for (let axis = 0; axis < rank - 2; axis++) {
    const index = batchIndex[batchIndex.length - (rank - 2) + axis];
    offset += (t.shape[axis] === 1 ? 0 : index) * strides[axis];
  }
  return t.data[offset];
}

/** The definition, in float64: a triple loop per batch index, transposes by index swapping. */
function naiveMatMul(a: Tensor, b: Tensor, transposeA: boolean, transposeB: boolean, batch: number[], m: number, n: number, k: number): Float64Array {
  const out = new Float64Array(sizeOf(batch) * m * n);
  const batchIndex = new Array<number>(batch.length).fill(0);
  for (let item = 0; item < sizeOf(batch); item++) {
    let rest = item;
    for (let axis = batch.length - 1; axis >= 0; axis--) {
      batchIndex[axis] = rest % batch[axis];
      rest = Math.floor(rest / batch[axis]);
    }
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let p = 0; p < k; p++) {
          const av = transposeA ? elementAt(a, batchIndex, p, i) : elementAt(a, batchIndex, i, p);
          const bv = transposeB ? elementAt(b, batchIndex, j, p) : elementAt(b, batchIndex, p, j);
          sum += av * bv;
        }
        out[(item * m + i) * n + j] = sum;
      }
    }
  }
  return out;
}

/** Two batch shapes that broadcast to `batch`: each drops some leading axes and sets some sizes to 1. */
const batchPairArbitrary = fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 3 }).chain((batch) =>
  fc.tuple(fc.constant(batch), derive(batch), derive(batch)),
);
function derive(batch: number[]): fc.Arbitrary<number[]> {
  return fc.tuple(fc.integer({ min: 0, max: batch.length }), fc.array(fc.boolean(), { minLength: batch.length, maxLength: batch.length })).map(
    ([drop, ones]) => batch.slice(drop).map((size, axis) => (ones[axis + drop] ? 1 : size)),
  );
}

describe('matMul', () => {
  it('multiplies known matrices', () => {
    expect(matMul(tensor([[1, 2], [3, 4]]), tensor([[5], [6]])).toArray()).toEqual([[17], [39]]);
    expect(matMul(tensor([[1, 2, 3]]), tensor([[1, 2, 3]]), { transposeB: true }).toArray()).toEqual([[14]]);
    expect(matMul(tensor([[1, 2, 3]]), tensor([[1, 2, 3]]), { transposeA: true }).toArray()).toEqual([
      [1, 2, 3],
      [2, 4, 6],
      [3, 6, 9],
    ]);
  });

  it('equals a naive triple loop for random shapes, transposes and broadcast batches', () => {
    fc.assert(
      fc.property(
        batchPairArbitrary,
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 1_000_000 }),
        ([, batchA, batchB], m, n, k, transposeA, transposeB, seed) => {
          const a = randomTensor([...batchA, ...(transposeA ? [k, m] : [m, k])], seed);
          const b = randomTensor([...batchB, ...(transposeB ? [n, k] : [k, n])], seed + 1);
          const result = matMul(a, b, { transposeA, transposeB });
          const rank = Math.max(batchA.length, batchB.length);
          const outBatch = Array.from({ length: rank }, (_, axis) =>
            Math.max(batchA[batchA.length - rank + axis] ?? 1, batchB[batchB.length - rank + axis] ?? 1),
          );
          expect(result.shape).toEqual([...outBatch, m, n]);
          const expected = naiveMatMul(a, b, transposeA, transposeB, outBatch, m, n, k);
          for (let i = 0; i < expected.length; i++) expect(Math.abs(result.data[i] - expected[i])).toBeLessThanOrEqual(1e-5 * k);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('broadcasts [2,1,3,4] with [5,4,6] to [2,5,3,6], reading each operand in place', () => {
    const a = randomTensor([2, 1, 3, 4], 1);
    const b = randomTensor([5, 4, 6], 2);
    const result = matMul(a, b);
    expect(result.shape).toEqual([2, 5, 3, 6]);
    const expected = naiveMatMul(a, b, false, false, [2, 5], 3, 6, 4);
    for (let i = 0; i < expected.length; i++) expect(result.data[i]).toBeCloseTo(expected[i], 5);
    // Batch item [1, 3] is a[1, 0] @ b[3].
    const a1 = new Tensor(a.data.slice(12, 24), [3, 4]);
    const b3 = new Tensor(b.data.slice(72, 96), [4, 6]);
    expect(Array.from(result.data.subarray((1 * 5 + 3) * 18, (1 * 5 + 4) * 18))).toEqual(Array.from(matMul(a1, b3).data));
  });

  it('handles size-1 and size-0 axes', () => {
    expect(matMul(randomTensor([1, 1], 3), randomTensor([1, 1], 4)).shape).toEqual([1, 1]);
    expect(matMul(randomTensor([0, 3], 3), randomTensor([3, 4], 4)).shape).toEqual([0, 4]);
    expect(matMul(randomTensor([2, 0], 3), randomTensor([0, 4], 4)).toArray()).toEqual([[0, 0, 0, 0], [0, 0, 0, 0]]);
    expect(matMul(randomTensor([0, 2, 3], 3), randomTensor([3, 4], 4)).shape).toEqual([0, 2, 4]);
  });

  it('names both shapes and the inner sizes when they differ', () => {
    const a = randomTensor([2, 3], 1);
    const b = randomTensor([4, 5], 2);
    expect(() => matMul(a, b)).toThrow(ShapeError);
    expect(() => matMul(a, b)).toThrow(/^matMul\(a, b\): a is \[2,3\], b is \[4,5\]; inner sizes 3 and 4 differ$/);
    expect(() => matMul(a, b, { transposeA: true })).toThrow('matMul(a, b, { transposeA: true }): a is [2,3], b is [4,5]; inner sizes 2 and 4 differ');
    expect(() => matMul(a, b, { transposeA: true, transposeB: true })).toThrow(
      'matMul(a, b, { transposeA: true, transposeB: true }): a is [2,3], b is [4,5]; inner sizes 2 and 5 differ',
    );
  });

  it('rejects batch axes that do not broadcast', () => {
    expect(() => matMul(randomTensor([2, 3, 4], 1), randomTensor([3, 4, 5], 2))).toThrow(
      'matMul(a, b): a is [2,3,4], b is [3,4,5]; batch axes [2] and [3] do not broadcast',
    );
  });

  it('rejects rank < 2 with a hint to expandDims', () => {
    expect(() => matMul(tensor([1, 2]), randomTensor([2, 2], 1))).toThrow(ShapeError);
    expect(() => matMul(tensor([1, 2]), randomTensor([2, 2], 1))).toThrow('matMul(a, b): a is [2] (rank 1); matMul needs rank >= 2, use expandDims(a, 0)');
    expect(() => matMul(randomTensor([2, 2], 1), tensor(3))).toThrow('b is [] (rank 0); matMul needs rank >= 2, use expandDims(b, -1)');
  });

  it('rejects non-tensors and bad options with ValueError', () => {
    expect(() => matMul([[1]] as unknown as Tensor, randomTensor([1, 1], 1))).toThrow(ValueError);
    expect(() => matMul(randomTensor([1, 1], 1), randomTensor([1, 1], 1), { transposeA: 'yes' as unknown as boolean })).toThrow(
      'matMul(a, b, options): transposeA must be a boolean, got yes',
    );
  });
});
