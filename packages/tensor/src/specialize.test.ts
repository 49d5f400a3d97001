import { describe, expect, it } from 'vitest';
import { specialize } from './specialize.js';

function scaleWalk(op: (x: number) => number, input: Float32Array, out: Float32Array): void {
  for (let i = 0; i < out.length; i++) out[i] = op(input[i]);
}

describe('specialize', () => {
  it('compiles a per-op copy of the walker that computes the same values', () => {
    const getKernel = specialize('test double', scaleWalk, (x: number) => 2 * x, (compiled) => {
      const out = new Float32Array(1);
      compiled(new Float32Array([1]), out);
      if (out[0] !== 2) throw new Error('probe');
    });
    const kernel = getKernel();
    expect(getKernel()).toBe(kernel); // compiled once
    expect(kernel.toString()).toContain('walk(op'); // the generated wrapper, not the fallback
    const out = new Float32Array(3);
    kernel(new Float32Array([1, 2, 3]), out);
    expect(Array.from(out)).toEqual([2, 4, 6]);
  });

  it('falls back to the generic walker when the compiled copy fails its probe', () => {
    const kernel = specialize('test failing probe', scaleWalk, (x: number) => x + 1, () => {
      throw new Error('probe failed');
    })();
    expect(kernel.toString()).not.toContain('walk(op');
    const out = new Float32Array(2);
    kernel(new Float32Array([1, 2]), out);
    expect(Array.from(out)).toEqual([2, 3]);
  });
});
