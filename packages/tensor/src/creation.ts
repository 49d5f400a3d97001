/**
 * Creating tensors from a shape: zeros, ones, constants, ranges, identities.
 */
import { ValueError } from './errors.js';
import { checkShape, sizeOf, type Shape } from './shape.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/**
 * A tensor of `shape` filled with 0.
 *
 * @example
 * ```ts
 * zeros([2, 3]).toArray() // [[0, 0, 0], [0, 0, 0]]
 * ```
 */
export function zeros(shape: Shape): Tensor {
  checkShape('zeros(shape)', 'shape', shape);
  return new Tensor(new Float32Array(sizeOf(shape)), shape);
}

/**
 * A tensor of `shape` filled with 1.
 *
 * @example
 * ```ts
 * ones([3]).toArray() // [1, 1, 1]
 * ```
 */
export function ones(shape: Shape): Tensor {
  checkShape('ones(shape)', 'shape', shape);
  return new Tensor(new Float32Array(sizeOf(shape)).fill(1), shape);
}

/**
 * A tensor of `shape` filled with `value` (rounded to float32; NaN and ±Infinity allowed).
 *
 * @example
 * ```ts
 * full([2, 2], 7).toArray() // [[7, 7], [7, 7]]
 * ```
 */
export function full(shape: Shape, value: number): Tensor {
  checkShape('full(shape, value)', 'shape', shape);
  if (typeof value !== 'number') throw new ValueError(`full(shape, value): value must be a number, got ${typeof value}`);
  return new Tensor(new Float32Array(sizeOf(shape)).fill(value), shape);
}

/**
 * Zeros with the shape of `t`.
 *
 * @example
 * ```ts
 * zerosLike(tensor([[1, 2]])).toArray() // [[0, 0]]
 * ```
 */
export function zerosLike(t: TensorLike): Tensor {
  return zeros(toTensor('zerosLike(t)', 't', t).shape);
}

/**
 * Ones with the shape of `t`.
 *
 * @example
 * ```ts
 * onesLike(tensor([[1, 2]])).toArray() // [[1, 1]]
 * ```
 */
export function onesLike(t: TensorLike): Tensor {
  return ones(toTensor('onesLike(t)', 't', t).shape);
}

/**
 * Evenly spaced values in `[start, stop)`: `start, start + step, ...`
 * (NumPy `arange`). With one argument, `arange(stop)` counts from 0.
 *
 * Shapes: the result is `[max(0, ceil((stop - start) / step))]`.
 *
 * @example
 * ```ts
 * arange(4).toArray()         // [0, 1, 2, 3]
 * arange(1, 2, 0.25).toArray() // [1, 1.25, 1.5, 1.75]
 * arange(3, 0, -1).toArray()  // [3, 2, 1]
 * ```
 */
export function arange(stop: number): Tensor;
export function arange(start: number, stop: number, step?: number): Tensor;
export function arange(first: number, second?: number, step = 1): Tensor {
  const [start, stop] = second === undefined ? [0, first] : [first, second];
  for (const [name, value] of [['start', start], ['stop', stop], ['step', step]] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ValueError(`arange(start, stop, step): ${name} must be a finite number, got ${String(value)}`);
    }
  }
  if (step === 0) throw new ValueError('arange(start, stop, step): step must not be 0');
  const length = Math.max(0, Math.ceil((stop - start) / step));
  const data = new Float32Array(length);
  for (let i = 0; i < length; i++) data[i] = start + i * step;
  return new Tensor(data, [length]);
}

/**
 * An `n`×`m` matrix with ones on the main diagonal and zeros elsewhere.
 *
 * Formula: `eye(n, m)[i, j] = i === j ? 1 : 0`. Shapes: `[n, m]`.
 *
 * @example
 * ```ts
 * eye(2).toArray()    // [[1, 0], [0, 1]]
 * eye(2, 3).toArray() // [[1, 0, 0], [0, 1, 0]]
 * ```
 */
export function eye(n: number, m: number = n): Tensor {
  checkShape('eye(n, m)', 'shape', [n, m]);
  const data = new Float32Array(n * m);
  for (let i = 0; i < Math.min(n, m); i++) data[i * m + i] = 1;
  return new Tensor(data, [n, m]);
}
