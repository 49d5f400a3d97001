/**
 * Property: every broadcasting binary op passes gradCheck for random
 * broadcast-compatible shapes and random values.
 */
import { Tensor, randn } from '@mnemo/tensor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, sub } from './add.js';
import { div } from './div.js';
import { maximum, minimum } from './maximum.js';
import { mul } from './mul.js';
import { pow } from './pow.js';
import { gradCheck } from './testing/index.js';
import type { Variable } from './variable.js';

/** Two shapes that broadcast together: a random result shape, each input dropping leading axes and setting some sizes to 1. */
const broadcastPair = fc
  .array(fc.integer({ min: 1, max: 3 }), { minLength: 0, maxLength: 3 })
  .chain((shape) =>
    fc.tuple(
      ...[0, 1].map(() =>
        fc.tuple(fc.integer({ min: 0, max: shape.length }), fc.array(fc.boolean(), { minLength: shape.length, maxLength: shape.length })).map(([drop, ones]) =>
          shape.map((size, axis) => (ones[axis] ? 1 : size)).slice(drop),
        ),
      ),
    ),
  );

/** Values bounded away from 0 and quantized so a and b differ by ≥ 0.25 (no ties for maximum/minimum, no tiny denominators). */
function values(shape: number[], seed: number, offset: number): Tensor {
  const base = randn(shape, { seed });
  return new Tensor(base.data.map((v) => Math.sign(v || 1) * (Math.round(Math.abs(v) * 2) / 2 + 0.5 + offset)), shape);
}

const OPS: [string, (a: Variable, b: Variable) => Variable, boolean][] = [
  ['add', add, false],
  ['sub', sub, false],
  ['mul', mul, false],
  ['div', div, false],
  ['maximum', maximum, false],
  ['minimum', minimum, false],
  ['pow', pow, true],
];

describe('broadcasting binary ops (property)', () => {
  for (const [name, op, positiveBase] of OPS) {
    it(`${name} passes gradCheck for random broadcast-compatible shapes`, () => {
      fc.assert(
        fc.property(broadcastPair, fc.integer({ min: 0, max: 1000 }), ([shapeA, shapeB], seed) => {
          let a = values(shapeA, seed, 0);
          if (positiveBase) a = new Tensor(a.data.map(Math.abs), a.shape);
          const b = values(shapeB, seed + 1, positiveBase ? -0.25 : 0.25);
          const result = gradCheck(op, [a, b]);
          expect(result.passed, result.message).toBe(true);
        }),
        { numRuns: 15, seed: 42 },
      );
    });
  }
});
