/**
 * Test-only helpers (not exported from the package): fast-check arbitraries
 * for shapes and tensors, and naive index arithmetic to check kernels against.
 */
import fc from 'fast-check';
import { createRng } from './random.js';
import { sizeOf, stridesOf, type Shape } from './shape.js';
import { Tensor } from './tensor.js';

/** Shapes of rank 0..maxRank with sizes 1..maxSize (or 0..maxSize with `allowEmpty`). */
export function shapeArbitrary(maxRank = 4, maxSize = 5, allowEmpty = false): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: allowEmpty ? 0 : 1, max: maxSize }), { minLength: 0, maxLength: maxRank });
}

/** A tensor of `shape` with values from a seeded generator: small integers or uniform floats. */
export function seededTensor(shape: Shape, seed: number, integers = false): Tensor {
  const rng = createRng(seed);
  const data = new Float32Array(sizeOf(shape));
  for (let i = 0; i < data.length; i++) data[i] = integers ? rng.int(19) - 9 : rng.next() * 4 - 2;
  return new Tensor(data, shape);
}

/** Two shapes that broadcast together: each derived from one result shape by dropping leading axes and setting some sizes to 1. */
export const broadcastPairArbitrary: fc.Arbitrary<{ a: number[]; b: number[]; out: number[] }> = shapeArbitrary(4, 4)
  .chain((base) => fc.tuple(derivedShape(base), derivedShape(base)))
  .map(([a, b]) => {
    // The true result: the larger size on each right-aligned axis (1 where both are 1 or missing).
    const rank = Math.max(a.length, b.length);
    const out = Array.from({ length: rank }, (_, axis) => Math.max(a[a.length - rank + axis] ?? 1, b[b.length - rank + axis] ?? 1));
    return { a, b, out };
  });

function derivedShape(out: number[]): fc.Arbitrary<number[]> {
  return fc.record({
    drop: fc.integer({ min: 0, max: out.length }),
    ones: fc.array(fc.boolean(), { minLength: out.length, maxLength: out.length }),
  }).map(({ drop, ones }) => out.map((size, axis) => (ones[axis] ? 1 : size)).slice(drop));
}

/** Coordinates of flat index `index` in a contiguous tensor of `shape`. */
export function coordinatesOf(index: number, shape: Shape): number[] {
  const strides = stridesOf(shape);
  return shape.map((size, axis) => Math.floor(index / strides[axis]) % size);
}

/** The element of `t` that broadcasting maps the result coordinates `coordinates` to. */
export function broadcastValue(t: Tensor, coordinates: readonly number[]): number {
  const strides = stridesOf(t.shape);
  const offset = coordinates.length - t.rank;
  let index = 0;
  for (let axis = 0; axis < t.rank; axis++) {
    if (t.shape[axis] !== 1) index += coordinates[axis + offset] * strides[axis];
  }
  return t.data[index];
}

/** Random subsets of the axes of a rank, as a sorted list. */
export function axesSubsetArbitrary(rank: number): fc.Arbitrary<number[]> {
  return fc.subarray(Array.from({ length: rank }, (_, axis) => axis));
}
