/**
 * Internal: turns a Tensor kernel and its backward into a function that takes
 * a plain Tensor (returns a Tensor, no graph) or a Variable (returns a
 * differentiable Variable, via defineOp).
 */
import { defineOp, isVariable, type Variable } from '@mnemo/autograd';
import { IndexError, Tensor, ValueError, isTensor } from '@mnemo/tensor';

/** The two halves of an activation, on plain tensors. */
export interface ActivationSpec<Options> {
  /** Name used in errors and gradCheck reports. */
  name: string;
  /** y = f(x). */
  forward(x: Tensor, options: Options): Tensor;
  /** d objective / dx from d objective / dy, the input x and the output y (whichever is cheaper). */
  backward(gradOutput: Tensor, x: Tensor, y: Tensor, options: Options): Tensor;
}

/** The function an activation exports before its overloads are declared. */
export type Activation<Options> = (x: Tensor | Variable, options: Options) => Tensor | Variable;

/** Builds the Tensor-or-Variable function for one activation. */
export function activation<Options>(spec: ActivationSpec<Options>): Activation<Options> {
  const op = defineOp({
    name: spec.name,
    forward: ([x], options: Options) => spec.forward(x, options),
    backward: (gradOutput, { inputs, output, options }) => [spec.backward(gradOutput, inputs[0], output, options)],
  }) as (inputs: [Variable], options: Options) => Variable;
  return (x, options) => {
    if (isVariable(x)) return op([x], options);
    if (isTensor(x)) return spec.forward(x, options);
    throw new ValueError(`${spec.name}(x): x must be a Tensor or a Variable, got ${x === null ? 'null' : typeof x}`);
  };
}

/** A new tensor with `kernel(input, output)` applied over the whole data (same shape). */
export function mapData(x: Tensor, kernel: (input: Float32Array, output: Float32Array) => void): Tensor {
  const output = new Float32Array(x.size);
  kernel(x.data, output);
  return new Tensor(output, x.shape);
}

/** Throws ValueError unless `value` is a finite number; names the op and the argument. */
export function checkFinite(op: string, argument: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ValueError(`${op}: ${argument} must be a finite number, got ${String(value)}`);
  }
}

/** Resolves a possibly negative axis against a rank; throws IndexError when out of range. */
export function resolveAxis(op: string, axis: number, rank: number): number {
  const resolved = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(axis) || resolved < 0 || resolved >= rank) {
    throw new IndexError(`${op}: axis ${String(axis)} is out of range for a tensor of rank ${rank}`);
  }
  return resolved;
}
