import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShapeError, ValueError } from './errors.js';
import { gemm, type GemmArgs } from './gemm.js';
import { createRng } from './random.js';

/** Uniform values in [-2, 2) from a seed; sentinel-filled padding is set by the caller. */
function randomArray(length: number, seed: number): Float32Array {
  const rng = createRng(seed);
  const data = new Float32Array(length);
  for (let i = 0; i < length; i++) data[i] = rng.next() * 4 - 2;
  return data;
}

/** The reference: C = alpha * op(A) @ op(B) + beta * C, in float64, straight from the definition. */
function referenceGemm(args: Required<Omit<GemmArgs, 'c'>> & { c: Float32Array }): Float64Array {
  const { m, n, k, a, aOffset, lda, transA, b, bOffset, ldb, transB, c, cOffset, ldc, alpha, beta } = args;
  const out = Float64Array.from(c);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let p = 0; p < k; p++) {
        const av = transA ? a[aOffset + p * lda + i] : a[aOffset + i * lda + p];
        const bv = transB ? b[bOffset + j * ldb + p] : b[bOffset + p * ldb + j];
        sum += av * bv;
      }
      const index = cOffset + i * ldc + j;
      out[index] = alpha * sum + (beta === 0 ? 0 : beta * c[index]);
    }
  }
  return out;
}

interface Case {
  m: number;
  n: number;
  k: number;
  transA: boolean;
  transB: boolean;
  padA: number;
  padB: number;
  padC: number;
  aOffset: number;
  bOffset: number;
  cOffset: number;
  alpha: number;
  beta: number;
  seed: number;
}

/** Runs gemm on a case with padded leading dimensions and offsets; returns the largest error over all of C's buffer. */
function runCase(t: Case): { error: number; tolerance: number } {
  const { m, n, k, transA, transB } = t;
  const lda = (transA ? m : k) + t.padA;
  const ldb = (transB ? k : n) + t.padB;
  const ldc = n + t.padC;
  const a = randomArray(t.aOffset + (transA ? k : m) * lda, t.seed);
  const b = randomArray(t.bOffset + (transB ? n : k) * ldb, t.seed + 1);
  const c = randomArray(t.cOffset + m * ldc, t.seed + 2);
  const args = { m, n, k, a, aOffset: t.aOffset, lda, transA, b, bOffset: t.bOffset, ldb, transB, c, cOffset: t.cOffset, ldc, alpha: t.alpha, beta: t.beta };
  const expected = referenceGemm({ ...args, c: c.slice() });
  gemm(args);
  let error = 0;
  for (let i = 0; i < c.length; i++) error = Math.max(error, Math.abs(c[i] - expected[i]));
  // Each product term is at most 4 in size; float32 rounding of the result dominates.
  return { error, tolerance: 1e-6 * (4 * k * Math.abs(t.alpha) + 2 * Math.abs(t.beta) + 1) };
}

const caseArbitrary = (minSize: number, maxSize: number): fc.Arbitrary<Case> =>
  fc.record({
    m: fc.integer({ min: minSize, max: maxSize }),
    n: fc.integer({ min: minSize, max: maxSize }),
    k: fc.integer({ min: minSize, max: maxSize }),
    transA: fc.boolean(),
    transB: fc.boolean(),
    padA: fc.integer({ min: 0, max: 3 }),
    padB: fc.integer({ min: 0, max: 3 }),
    padC: fc.integer({ min: 0, max: 3 }),
    aOffset: fc.integer({ min: 0, max: 5 }),
    bOffset: fc.integer({ min: 0, max: 5 }),
    cOffset: fc.integer({ min: 0, max: 5 }),
    alpha: fc.constantFrom(1, -0.5, 2),
    beta: fc.constantFrom(0, 1, 0.5),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  });

describe('gemm', () => {
  it('multiplies known matrices', () => {
    const a = new Float32Array([1, 2, 3, 4, 5, 6]);
    const b = new Float32Array([1, 0, 0, 1, 1, 1]);
    const c = new Float32Array(4);
    gemm({ m: 2, n: 2, k: 3, a, b, c });
    expect(Array.from(c)).toEqual([4, 5, 10, 11]);
    const out = new Float32Array(8);
    gemm({ m: 2, n: 2, k: 3, a, b: a, transB: true, c: out, cOffset: 4, beta: 1 });
    expect(Array.from(out)).toEqual([0, 0, 0, 0, 14, 32, 32, 77]);
  });

  it('equals the definition for any sizes, transposes, offsets, leading dimensions, alpha and beta', () => {
    fc.assert(
      fc.property(caseArbitrary(0, 13), (t) => {
        const { error, tolerance } = runCase(t);
        expect(error).toBeLessThanOrEqual(tolerance);
      }),
      { numRuns: 300 },
    );
  });

  it('equals the definition on the packed path (m, n, k >= 8: edge tiles, all transposes)', () => {
    fc.assert(
      fc.property(caseArbitrary(8, 24), (t) => {
        const { error, tolerance } = runCase(t);
        expect(error).toBeLessThanOrEqual(tolerance);
      }),
      { numRuns: 100 },
    );
  });

  it('equals the definition across cache-block boundaries (rows > 64, columns > 256, depth > 256)', () => {
    for (const [transA, transB] of [[false, false], [true, false], [false, true], [true, true]] as const) {
      const t = { m: 67, n: 261, k: 259, transA, transB, padA: 1, padB: 2, padC: 3, aOffset: 3, bOffset: 1, cOffset: 2, alpha: 1.5, beta: 0.5, seed: 7 };
      const { error, tolerance } = runCase(t);
      expect(error).toBeLessThanOrEqual(tolerance);
    }
  });

  it('covers the matrix-vector paths (m or n below 4) with every transpose, depth and width past one chunk', () => {
    for (const [m, n, k] of [[1, 300, 37], [300, 1, 37], [1, 1, 37], [1, 1100, 37], [1, 13, 1100], [13, 1, 1100], [2, 300, 37], [3, 40, 37], [300, 2, 37], [40, 3, 37]]) {
      for (const [transA, transB] of [[false, false], [true, false], [false, true], [true, true]] as const) {
        for (const beta of [0, 1, 0.5]) {
          const t = { m, n, k, transA, transB, padA: 2, padB: 1, padC: 1, aOffset: 1, bOffset: 2, cOffset: 3, alpha: -1, beta, seed: m + n };
          const { error, tolerance } = runCase(t);
          expect(error).toBeLessThanOrEqual(tolerance);
        }
      }
    }
  });

  it('ignores NaN in C when beta is 0, on every path', () => {
    for (const [m, n, k] of [[3, 5, 4], [1, 6, 4], [6, 1, 4], [4, 4, 0], [70, 9, 300]]) {
      const a = randomArray(m * k, 1);
      const b = randomArray(k * n, 2);
      const c = new Float32Array(m * n).fill(NaN);
      gemm({ m, n, k, a, b, c });
      expect(c.some(Number.isNaN)).toBe(false);
    }
  });

  it('scales C by beta when k is 0, and touches nothing outside the m x n window', () => {
    const c = new Float32Array([1, 2, 9, 3, 4, 9]);
    gemm({ m: 2, n: 2, k: 0, a: new Float32Array(0), b: new Float32Array(0), c, ldc: 3, beta: 3 });
    expect(Array.from(c)).toEqual([3, 6, 9, 9, 12, 9]);
    gemm({ m: 2, n: 2, k: 0, a: new Float32Array(0), b: new Float32Array(0), c, ldc: 3 });
    expect(Array.from(c)).toEqual([0, 0, 9, 0, 0, 9]);
  });

  it('does nothing when m or n is 0', () => {
    const c = new Float32Array([5]);
    gemm({ m: 0, n: 3, k: 2, a: new Float32Array(0), b: new Float32Array(6), c });
    gemm({ m: 3, n: 0, k: 2, a: new Float32Array(6), b: new Float32Array(0), c });
    expect(c[0]).toBe(5);
  });
});

describe('gemm argument checks', () => {
  const a = new Float32Array(6);
  const b = new Float32Array(6);
  const c = new Float32Array(4);
  const base = { m: 2, n: 2, k: 3, a, b, c };

  it('rejects sizes that are not non-negative integers, naming them', () => {
    expect(() => gemm({ ...base, m: -1 })).toThrow(ShapeError);
    expect(() => gemm({ ...base, m: -1 })).toThrow('gemm: m must be a non-negative integer, got -1');
    expect(() => gemm({ ...base, k: 2.5 })).toThrow('gemm: k must be a non-negative integer, got 2.5');
    expect(() => gemm({ ...base, n: NaN })).toThrow('gemm: n must be a non-negative integer, got NaN');
  });

  it('rejects buffers too short for their offset and leading dimension', () => {
    expect(() => gemm({ ...base, a: new Float32Array(5) })).toThrow(ShapeError);
    expect(() => gemm({ ...base, a: new Float32Array(5) })).toThrow('gemm: a has 5 elements, but m=2 rows of k=3 with lda=3 from aOffset=0 need 6');
    expect(() => gemm({ ...base, bOffset: 1 })).toThrow('gemm: b has 6 elements, but k=3 rows of n=2 with ldb=2 from bOffset=1 need 7');
    expect(() => gemm({ ...base, transB: true })).not.toThrow(); // B stored 2 x 3, ldb defaults to k = 3
    expect(() => gemm({ ...base, transB: true, ldb: 4 })).toThrow('gemm: b has 6 elements, but n=2 rows of k=3 with ldb=4 from bOffset=0 need 7');
    expect(() => gemm({ ...base, ldc: 3 })).toThrow('gemm: c has 4 elements, but m=2 rows of n=2 with ldc=3 from cOffset=0 need 5');
  });

  it('rejects leading dimensions smaller than the stored row', () => {
    expect(() => gemm({ ...base, lda: 2 })).toThrow(ShapeError);
    expect(() => gemm({ ...base, lda: 2 })).toThrow("gemm: lda must be an integer >= 3 (a's stored row length, k=3), got 2");
    expect(() => gemm({ ...base, a: new Float32Array(6), transA: true, lda: 1 })).toThrow("lda must be an integer >= 2 (a's stored row length, m=2)");
  });

  it('rejects bad offsets, scalars, flags and buffer types with ValueError', () => {
    expect(() => gemm({ ...base, cOffset: -1 })).toThrow(ValueError);
    expect(() => gemm({ ...base, cOffset: -1 })).toThrow('gemm: cOffset must be a non-negative integer, got -1');
    expect(() => gemm({ ...base, alpha: NaN })).toThrow('gemm: alpha must be a finite number, got NaN');
    expect(() => gemm({ ...base, beta: Infinity })).toThrow('gemm: beta must be a finite number, got Infinity');
    expect(() => gemm({ ...base, transA: 1 as unknown as boolean })).toThrow('gemm: transA must be a boolean, got 1');
    expect(() => gemm({ ...base, a: new Float64Array(6) as unknown as Float32Array })).toThrow('gemm: a must be a Float32Array, got [object Float64Array]');
  });

  it('rejects an output that overlaps an input, but allows disjoint views of one buffer', () => {
    const buffer = new Float32Array(16);
    expect(() => gemm({ m: 2, n: 2, k: 2, a: buffer, b: buffer, c: buffer, cOffset: 2 })).toThrow(ValueError);
    expect(() => gemm({ m: 2, n: 2, k: 2, a: buffer, b: buffer, c: buffer, cOffset: 2 })).toThrow('gemm: c overlaps a in memory');
    const view = new Float32Array(buffer.buffer, 4 * 8, 4);
    expect(() => gemm({ m: 2, n: 2, k: 2, a: buffer, b: buffer, bOffset: 4, c: view })).not.toThrow();
    expect(() => gemm({ m: 2, n: 2, k: 2, a: buffer, b: buffer, bOffset: 8, c: view })).toThrow('gemm: c overlaps b in memory');
  });
});
