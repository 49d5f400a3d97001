/**
 * Seeded random numbers. Every random op in mnemo takes `{ seed }` or
 * `{ rng }`: the same seed gives the same bits on the same machine.
 *
 * The generator is xoshiro128** (Blackman & Vigna, 2018), seeded through
 * splitmix32 so that nearby seeds give unrelated streams. It is small, fast in
 * 32-bit integer arithmetic (`Math.imul`) and passes BigCrush.
 */
import { ValueError } from './errors.js';
import { checkShape, sizeOf, type Shape } from './shape.js';
import { Tensor } from './tensor.js';

/** The full internal state of an {@link Rng}: four 32-bit words, plus a cached normal deviate. */
export interface RngState {
  readonly words: readonly [number, number, number, number];
  readonly spareNormal: number | null;
}

/**
 * A seeded pseudo-random generator. Create one with {@link createRng}.
 *
 * @example
 * ```ts
 * const rng = createRng(42);
 * rng.next();       // a float in [0, 1)
 * rng.int(10);      // an integer in [0, 10)
 * rng.normal();     // a standard normal deviate
 * ```
 */
export interface Rng {
  /** A uniformly random unsigned 32-bit integer. */
  nextUint32(): number;
  /** A uniform float in [0, 1) with 53 random bits. */
  next(): number;
  /** A uniform integer in [0, maxExclusive). */
  int(maxExclusive: number): number;
  /** A standard normal deviate (mean 0, standard deviation 1), by the Box–Muller transform. */
  normal(): number;
  /** A copy of the state, to save with a checkpoint. */
  getState(): RngState;
  /** Restores a state captured by `getState()`. */
  setState(state: RngState): void;
}

/** How a random op chooses its numbers: a seed for a fresh generator, or a generator to draw from. */
export type RandomSource = { seed: number; rng?: undefined } | { rng: Rng; seed?: undefined };

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * Creates a seeded generator (`xoshiro128**`). Seeds are integers; seeds that
 * differ in any bit give unrelated streams.
 *
 * @example
 * ```ts
 * const a = createRng(7), b = createRng(7);
 * a.next() === b.next() // true
 * ```
 */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed)) throw new ValueError(`createRng(seed): seed must be an integer, got ${seed}`);
  const mix = splitmix32(seed ^ Math.floor(seed / 2 ** 32));
  let s0 = mix(), s1 = mix(), s2 = mix(), s3 = mix();
  let spareNormal: number | null = null;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  const next = (): number => (nextUint32() * 2 ** 21 + (nextUint32() >>> 11)) / 2 ** 53;

  return {
    nextUint32,
    next,
    int(maxExclusive: number): number {
      if (!Number.isInteger(maxExclusive) || maxExclusive <= 0) {
        throw new ValueError(`rng.int(maxExclusive): expected a positive integer, got ${maxExclusive}`);
      }
      return Math.floor(next() * maxExclusive);
    },
    normal(): number {
      if (spareNormal !== null) {
        const value = spareNormal;
        spareNormal = null;
        return value;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const radius = Math.sqrt(-2 * Math.log(u));
      spareNormal = radius * Math.sin(2 * Math.PI * v);
      return radius * Math.cos(2 * Math.PI * v);
    },
    getState: () => ({ words: [s0 >>> 0, s1 >>> 0, s2 >>> 0, s3 >>> 0], spareNormal }),
    setState(state: RngState): void {
      [s0, s1, s2, s3] = state.words;
      spareNormal = state.spareNormal;
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * The generator behind a `{ seed } | { rng }` option: the given generator, or
 * a fresh one from the seed. Every random choice in mnemo resolves its option
 * through this, so the rules and the messages are the same everywhere.
 * Throws ValueError (naming `op`) when neither or both are given, when the seed
 * is not an integer, or when `rng` is not a generator.
 *
 * @example
 * ```ts
 * const rng = rngFrom('MyLayer', { seed: 0 }); // a fresh createRng(0)
 * rngFrom('MyLayer', { rng }) === rng           // true: draws continue from it
 * ```
 */
export function rngFrom(op: string, source: { readonly seed?: number; readonly rng?: Rng } | undefined): Rng {
  const seed = source?.seed;
  const rng = source?.rng;
  if (seed !== undefined && rng !== undefined) throw new ValueError(`${op}: pass { seed } or { rng }, not both`);
  if (rng !== undefined) {
    if (rng === null || typeof rng !== 'object' || typeof rng.next !== 'function' || typeof rng.normal !== 'function') {
      throw new ValueError(`${op}: options.rng must be a generator from createRng(seed)`);
    }
    return rng;
  }
  if (seed === undefined) throw new ValueError(`${op}: pass { seed } or { rng } so the result is reproducible`);
  if (typeof seed !== 'number' || !Number.isInteger(seed)) {
    throw new ValueError(`${op}: options.seed must be an integer, got ${String(seed)}`);
  }
  return createRng(seed);
}

/**
 * Uniform random values in [0, 1).
 *
 * @example
 * ```ts
 * rand([2, 3], { seed: 1 }).shape // [2, 3]
 * ```
 */
export function rand(shape: Shape, source: RandomSource): Tensor {
  return uniform(shape, 0, 1, source);
}

/**
 * Uniform random values in [low, high).
 *
 * @example
 * ```ts
 * uniform([128, 64], -0.1, 0.1, { seed: 0 })
 * ```
 */
export function uniform(shape: Shape, low: number, high: number, source: RandomSource): Tensor {
  checkShape('uniform', 'shape', shape);
  if (!Number.isFinite(low) || !Number.isFinite(high) || high < low) {
    throw new ValueError(`uniform(shape, low, high): need finite low <= high, got low=${low}, high=${high}`);
  }
  const rng = rngFrom('uniform', source);
  const data = new Float32Array(sizeOf(shape));
  const span = high - low;
  for (let i = 0; i < data.length; i++) data[i] = low + span * rng.next();
  return new Tensor(data, shape);
}

/**
 * Normally distributed random values, mean `mean` and standard deviation `std`.
 *
 * @example
 * ```ts
 * randn([3], { seed: 42 })                   // standard normal
 * randn([3], { seed: 42, mean: 1, std: 0.5 })
 * ```
 */
export function randn(shape: Shape, options: RandomSource & { mean?: number; std?: number }): Tensor {
  checkShape('randn', 'shape', shape);
  const { mean = 0, std = 1 } = options;
  if (!Number.isFinite(mean) || !Number.isFinite(std) || std < 0) {
    throw new ValueError(`randn(shape, options): need finite mean and std >= 0, got mean=${mean}, std=${std}`);
  }
  const rng = rngFrom('randn', options);
  const data = new Float32Array(sizeOf(shape));
  for (let i = 0; i < data.length; i++) data[i] = mean + std * rng.normal();
  return new Tensor(data, shape);
}
