/**
 * Reductions over any set of axes: sum, mean, max, min. They accumulate in
 * float64 and store float32. `axes` undefined reduces every axis to a scalar.
 */
import { reducedShape, resolveAxes } from './axes.js';
import { ValueError } from './errors.js';
import { reduceAxes, type ReduceKind } from './reduce-kernel.js';
import { formatShape } from './shape.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/** Axes to reduce: one axis, a list, or `undefined` for all of them. Negative axes count from the end. */
export type Axes = number | readonly number[];

function reduce(name: string, kind: ReduceKind, t: TensorLike, axes: Axes | undefined, keepDims: boolean): { values: Float64Array; shape: number[]; count: number } {
  const label = `${name}(t, axes)`;
  const input = toTensor(label, 't', t);
  const resolved = resolveAxes(label, axes, input.shape);
  const shape = reducedShape(input.shape, resolved, keepDims);
  let count = 1;
  for (const axis of resolved) count *= input.shape[axis];
  const values = reduceAxes(input.data, input.shape, resolved, kind);
  if (kind !== 'sum' && count === 0 && values.length > 0) {
    throw new ValueError(`${label}: cannot take the ${kind} over an empty axis: t is ${formatShape(input.shape)}, axes [${resolved.join(',')}]`);
  }
  return { values, shape, count };
}

/**
 * Sum over `axes`: `out = Σ t` along them (0 over an empty axis).
 *
 * Shapes: `t` is any shape; the result drops the reduced axes (or keeps them
 * as size 1 with `keepDims`); all axes give shape `[]`.
 *
 * @example
 * ```ts
 * const t = tensor([[1, 2, 3], [4, 5, 6]]);
 * sum(t).item()                  // 21
 * sum(t, 0).toArray()            // [5, 7, 9]
 * sum(t, -1, true).toArray()     // [[6], [15]]
 * ```
 */
export function sum(t: TensorLike, axes?: Axes, keepDims = false): Tensor {
  const { values, shape } = reduce('sum', 'sum', t, axes, keepDims);
  return new Tensor(Float32Array.from(values), shape);
}

/**
 * Mean over `axes`: `out = (Σ t) / n`, n the number of reduced elements (NaN when n = 0).
 *
 * Shapes: as for {@link sum}.
 *
 * @example
 * ```ts
 * mean(tensor([[1, 2], [3, 4]]), 1).toArray() // [1.5, 3.5]
 * ```
 */
export function mean(t: TensorLike, axes?: Axes, keepDims = false): Tensor {
  const { values, shape, count } = reduce('mean', 'sum', t, axes, keepDims);
  const out = new Float32Array(values.length);
  for (let i = 0; i < out.length; i++) out[i] = values[i] / count;
  return new Tensor(out, shape);
}

/**
 * Largest value over `axes`; NaN if any reduced value is NaN. ValueError over an empty axis.
 *
 * Shapes: as for {@link sum}.
 *
 * @example
 * ```ts
 * max(tensor([[1, 5], [7, 2]]), 1).toArray() // [5, 7]
 * ```
 */
export function max(t: TensorLike, axes?: Axes, keepDims = false): Tensor {
  const { values, shape } = reduce('max', 'max', t, axes, keepDims);
  return new Tensor(Float32Array.from(values), shape);
}

/**
 * Smallest value over `axes`; NaN if any reduced value is NaN. ValueError over an empty axis.
 *
 * Shapes: as for {@link sum}.
 *
 * @example
 * ```ts
 * min(tensor([[1, 5], [7, 2]]), 0).toArray() // [1, 2]
 * ```
 */
export function min(t: TensorLike, axes?: Axes, keepDims = false): Tensor {
  const { values, shape } = reduce('min', 'min', t, axes, keepDims);
  return new Tensor(Float32Array.from(values), shape);
}
