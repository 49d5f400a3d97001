/**
 * Slicing and its adjoint, padding.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import type { Input, Variable } from './variable.js';

/** Padding pairs [before, after] per axis. */
export type Paddings = readonly (readonly [number, number])[];

const sliceOp = defineOp({
  name: 'slice',
  forward: ([x], { begin, size }: { begin: readonly number[]; size: readonly number[] | undefined }) => raw.slice(x, begin, size),
  // The gradient is the output gradient placed back at its position, zeros around it.
  backward: (gradOutput, { inputs: [x], output, options: { begin } }) => {
    const paddings = x.shape.map((length, axis): [number, number] => {
      const start = begin[axis] ?? 0;
      return [start, length - start - output.shape[axis]];
    });
    return [raw.pad(gradOutput, paddings)];
  },
});

const padOp = defineOp({
  name: 'pad',
  forward: ([x], { paddings, value }: { paddings: Paddings; value: number }) => raw.pad(x, paddings, value),
  // The gradient of the kept elements: the output gradient with the padding sliced off.
  backward: (gradOutput, { inputs: [x], options: { paddings } }) => [raw.slice(gradOutput, paddings.map(([before]) => before), x.shape)],
});

/**
 * A contiguous block: `size[k]` elements of axis k from `begin[k]` (missing
 * entries mean 0 and "to the end"; size −1 means to the end). Gradient: the
 * output gradient padded with zeros back to x's shape.
 *
 * Shapes: out.shape[k] = size[k] (or x.shape[k] − begin[k]).
 *
 * @example
 * ```ts
 * slice(variable([[1, 2, 3], [4, 5, 6]]), [0, 1], [2, 2]).value.toArray() // [[2, 3], [5, 6]]
 * ```
 */
export function slice(x: Input, begin: readonly number[], size?: readonly number[]): Variable {
  return sliceOp([x], { begin, size });
}

/**
 * Pads with a constant: `paddings[k] = [before, after]` elements added at
 * the start and end of axis k. Gradient: the output gradient with the padding
 * sliced off (the constant gets none).
 *
 * Shapes: one pair per axis; out.shape[k] = before + x.shape[k] + after.
 *
 * @example
 * ```ts
 * pad(variable([[1, 2]]), [[1, 0], [0, 2]]).value.toArray() // [[0, 0, 0, 0], [1, 2, 0, 0]]
 * ```
 */
export function pad(x: Input, paddings: Paddings, value = 0): Variable {
  return padOp([x], { paddings, value });
}
