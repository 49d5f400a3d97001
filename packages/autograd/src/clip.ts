/**
 * Clamping into a range.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import type { Input, Variable } from './variable.js';

// A primitive rather than minimum(maximum(x, min), max): one pass, and the
// gradient is 1 on the closed range as in PyTorch (the composition would halve it at the bounds).
const clipOp = defineOp({
  name: 'clip',
  forward: ([x], { min, max }: { min: number; max: number }) => raw.clip(x, min, max),
  backward: (gradOutput, { inputs: [x], options: { min, max } }) => {
    const gradInput = new Float32Array(x.size);
    const values = x.data;
    const grad = gradOutput.data;
    for (let i = 0; i < gradInput.length; i++) gradInput[i] = values[i] >= min && values[i] <= max ? grad[i] : 0;
    return [new raw.Tensor(gradInput, x.shape)];
  },
});

/**
 * Clamps every element into [min, max]. The gradient passes where
 * min ≤ x ≤ max (bounds included, as PyTorch's clamp) and is 0 outside.
 *
 * Shapes: any; the output has x's shape. `min`/`max` are numbers (±Infinity for one side).
 *
 * @example
 * ```ts
 * clip(variable([-2, 0.5, 3]), 0, 1).value.toArray() // [0, 0.5, 1]
 * ```
 */
export function clip(x: Input, min: number, max: number): Variable {
  return clipOp([x], { min, max });
}
