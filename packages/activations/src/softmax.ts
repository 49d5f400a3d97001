/**
 * Softmax and log-softmax along one axis.
 */
import type { Variable } from '@mnemo/autograd';
import { Tensor } from '@mnemo/tensor';
import { activation, resolveAxis } from './activation.js';

/** How a tensor splits around one axis: `outer` blocks of `length` steps `inner` apart. */
interface AxisLayout {
  outer: number;
  length: number;
  inner: number;
}

function layoutOf(op: string, shape: readonly number[], axis: number): AxisLayout {
  const resolved = resolveAxis(op, axis, shape.length);
  let outer = 1;
  let inner = 1;
  for (let i = 0; i < resolved; i++) outer *= shape[i];
  for (let i = resolved + 1; i < shape.length; i++) inner *= shape[i];
  return { outer, length: shape[resolved], inner };
}

/**
 * Runs `line(start, stride)` once per 1-D line along the axis; `start` is the
 * flat index of the line's first element, `stride` the distance between its elements.
 */
function forEachLine({ outer, length, inner }: AxisLayout, line: (start: number, stride: number) => void): void {
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < inner; j++) line(o * length * inner + j, inner);
  }
}

/** Writes x − max − log Σ e^(x − max) (log) or e^(x − max) / Σ e^(x − max) along each line. */
function normalizeExponentials(x: Tensor, axis: number, op: string, log: boolean): Tensor {
  const layout = layoutOf(op, x.shape, axis);
  const input = x.data;
  const output = new Float32Array(x.size);
  const { length } = layout;
  forEachLine(layout, (start, stride) => {
    const end = start + length * stride;
    let max = -Infinity;
    for (let i = start; i < end; i += stride) if (input[i] > max) max = input[i];
    let total = 0;
    for (let i = start; i < end; i += stride) total += Math.exp(input[i] - max);
    if (log) {
      const shift = max + Math.log(total);
      for (let i = start; i < end; i += stride) output[i] = input[i] - shift;
    } else {
      for (let i = start; i < end; i += stride) output[i] = Math.exp(input[i] - max) / total;
    }
  });
  return new Tensor(output, x.shape);
}

const softmaxActivation = activation<{ axis: number }>({
  name: 'softmax',
  forward: (x, { axis }) => normalizeExponentials(x, axis, 'softmax(x, axis)', false),
  // dx = y ⊙ (g − Σ g·y) along the axis: from the output.
  backward: (gradOutput, x, y, { axis }) => {
    const grad = gradOutput.data;
    const output = y.data;
    const gradInput = new Float32Array(x.size);
    const layout = layoutOf('softmax', x.shape, axis);
    forEachLine(layout, (start, stride) => {
      const end = start + layout.length * stride;
      let dot = 0;
      for (let i = start; i < end; i += stride) dot += grad[i] * output[i];
      for (let i = start; i < end; i += stride) gradInput[i] = output[i] * (grad[i] - dot);
    });
    return new Tensor(gradInput, x.shape);
  },
});

const logSoftmaxActivation = activation<{ axis: number }>({
  name: 'logSoftmax',
  forward: (x, { axis }) => normalizeExponentials(x, axis, 'logSoftmax(x, axis)', true),
  // dx = g − softmax(x)·Σ g along the axis, with softmax(x) = e^y from the output.
  backward: (gradOutput, x, y, { axis }) => {
    const grad = gradOutput.data;
    const output = y.data;
    const gradInput = new Float32Array(x.size);
    const layout = layoutOf('logSoftmax', x.shape, axis);
    forEachLine(layout, (start, stride) => {
      const end = start + layout.length * stride;
      let total = 0;
      for (let i = start; i < end; i += stride) total += grad[i];
      for (let i = start; i < end; i += stride) gradInput[i] = grad[i] - Math.exp(output[i]) * total;
    });
    return new Tensor(gradInput, x.shape);
  },
});

/**
 * Softmax along an axis: softmax(x)ᵢ = e^(xᵢ − m) / Σⱼ e^(xⱼ − m) with m the
 * maximum along the axis (subtracting it changes nothing mathematically and
 * keeps every exponential ≤ 1, so no overflow). Values in [0, 1], summing to 1
 * along the axis. Gradient y ⊙ (g − Σ g·y), from the output.
 *
 * Shapes: any rank ≥ 1; the output has x's shape. `axis` may be negative
 * (default −1, the last). A Tensor gives a Tensor, a Variable a differentiable Variable.
 *
 * @example
 * ```ts
 * softmax(tensor([[1, 2, 3], [0, 0, 0]])).toArray()
 * // [[0.09003, 0.2447, 0.6652], [0.3333, 0.3333, 0.3333]]
 * ```
 */
export function softmax(x: Tensor, axis?: number): Tensor;
export function softmax(x: Variable, axis?: number): Variable;
export function softmax(x: Tensor | Variable, axis?: number): Tensor | Variable;
export function softmax(x: Tensor | Variable, axis = -1): Tensor | Variable {
  return softmaxActivation(x, { axis });
}

/**
 * Log-softmax along an axis: logSoftmax(x)ᵢ = xᵢ − m − log Σⱼ e^(xⱼ − m), m
 * the maximum along the axis; the log of {@link softmax} without computing it
 * (stable where softmax underflows to 0). Values ≤ 0. The input of a
 * negative log-likelihood loss. Gradient g − softmax(x)·Σ g.
 *
 * Shapes: any rank ≥ 1; the output has x's shape. `axis` may be negative
 * (default −1). A Tensor gives a Tensor, a Variable a differentiable Variable.
 *
 * @example
 * ```ts
 * logSoftmax(tensor([1, 2, 3])).toArray() // [-2.4076, -1.4076, -0.4076]
 * ```
 */
export function logSoftmax(x: Tensor, axis?: number): Tensor;
export function logSoftmax(x: Variable, axis?: number): Variable;
export function logSoftmax(x: Tensor | Variable, axis?: number): Tensor | Variable;
export function logSoftmax(x: Tensor | Variable, axis = -1): Tensor | Variable {
  return logSoftmaxActivation(x, { axis });
}
