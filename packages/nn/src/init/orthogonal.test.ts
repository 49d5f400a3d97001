import { ShapeError, createRng } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { orthogonal } from './orthogonal.js';

/** The largest |(WᵀW or WWᵀ)[i][j] - gain²·δij| over a [rows, cols] matrix, in float64. */
function orthogonalityError(data: Float32Array, rows: number, cols: number, gain = 1): number {
  const tall = rows >= cols;
  const k = tall ? cols : rows;
  let worst = 0;
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      let dot = 0;
      if (tall) for (let r = 0; r < rows; r++) dot += data[r * cols + a] * data[r * cols + b];
      else for (let c = 0; c < cols; c++) dot += data[a * cols + c] * data[b * cols + c];
      worst = Math.max(worst, Math.abs(dot - (a === b ? gain * gain : 0)));
    }
  }
  return worst;
}

describe('orthogonal', () => {
  it('gives orthonormal columns for a square matrix (QᵀQ = I)', () => {
    const w = orthogonal([64, 64], { seed: 3 });
    expect(w.shape).toEqual([64, 64]);
    expect(orthogonalityError(w.data, 64, 64)).toBeLessThan(1e-5);
  });

  it('gives orthonormal columns for a tall matrix and orthonormal rows for a wide one', () => {
    expect(orthogonalityError(orthogonal([40, 12], { seed: 1 }).data, 40, 12)).toBeLessThan(1e-5);
    expect(orthogonalityError(orthogonal([12, 40], { seed: 1 }).data, 12, 40)).toBeLessThan(1e-5);
  });

  it('treats rank > 2 as [shape[0], rest] and applies the gain', () => {
    const w = orthogonal([6, 2, 3], { seed: 5, gain: 2 });
    expect(w.shape).toEqual([6, 2, 3]);
    expect(orthogonalityError(w.data, 6, 6, 2)).toBeLessThan(1e-5);
  });

  it('is deterministic by seed, and draws from a given rng', () => {
    const a = orthogonal([8, 5], { seed: 11 });
    expect(Array.from(orthogonal([8, 5], { seed: 11 }).data)).toEqual(Array.from(a.data));
    expect(Array.from(orthogonal([8, 5], { seed: 12 }).data)).not.toEqual(Array.from(a.data));
    expect(Array.from(orthogonal([8, 5], { rng: createRng(11) }).data)).toEqual(Array.from(a.data));
  });

  it('fixes the signs so that R has a positive diagonal: Q equals Gram-Schmidt on the same Gaussian matrix', () => {
    // Gram-Schmidt produces exactly the Q with positive R diagonal; compare on a small matrix.
    const rows = 5, cols = 3;
    const rng = createRng(21);
    const gaussian = Array.from({ length: rows * cols }, () => rng.normal());
    const q: number[][] = [];
    for (let c = 0; c < cols; c++) {
      let v = Array.from({ length: rows }, (_, r) => gaussian[r * cols + c]);
      for (const u of q) {
        const dot = u.reduce((s, x, r) => s + x * v[r], 0);
        v = v.map((x, r) => x - dot * u[r]);
      }
      const norm = Math.hypot(...v);
      q.push(v.map((x) => x / norm));
    }
    const w = orthogonal([rows, cols], { seed: 21 });
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) expect(w.data[r * cols + c]).toBeCloseTo(q[c][r], 5);
  });

  it('rejects a rank-1 shape and a missing seed', () => {
    expect(() => orthogonal([4], { seed: 0 })).toThrow(ShapeError);
    expect(() => orthogonal([4], { seed: 0 })).toThrow(/rank >= 2, got \[4\]/);
    expect(() => orthogonal([2, 2], {} as never)).toThrow(/seed/);
  });

  it('returns an empty tensor for a zero-size shape', () => {
    expect(orthogonal([0, 4], { seed: 0 }).size).toBe(0);
  });
});
