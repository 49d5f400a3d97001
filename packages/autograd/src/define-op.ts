/**
 * defineOp: the one way differentiable ops are made, forward and backward
 * side by side.
 */
import { ShapeError, Tensor, ValueError, formatShape, isTensor, shapesEqual } from '@mnemo/tensor';
import { isGradEnabled } from './grad-mode.js';
import type { GraphNode } from './graph-node.js';
import { Variable, describe, type Input } from './variable.js';

/**
 * What an op's `forward` returns: one output tensor; one output and whatever
 * backward needs from the forward pass (`saved`); or several outputs (and
 * `saved`).
 */
export type ForwardResult =
  | Tensor
  | { readonly output: Tensor; readonly saved?: unknown }
  | { readonly outputs: readonly Tensor[]; readonly saved?: unknown };

/** What `saved` holds in the backward context: what forward returned as `saved`, else undefined. */
export type SavedOf<Result> = Result extends { readonly saved?: infer Saved } ? Saved : undefined;

/** The gradient(s) backward receives: one Tensor for a single-output op, one per output (null where none arrived) otherwise. */
export type GradOutputOf<Result> = Result extends { readonly outputs: readonly Tensor[] } ? readonly (Tensor | null)[] : Tensor;

/** What a defined op returns when called: one Variable, or one per output. */
export type OpOutputOf<Result> = Result extends { readonly outputs: readonly Tensor[] } ? Variable[] : Variable;

/** Everything an op's backward can use from its forward call. */
export interface BackwardContext<Options, Saved> {
  /** The op's name. */
  readonly name: string;
  /** The input values, in call order (a number input appears as a scalar tensor). */
  readonly inputs: readonly Tensor[];
  /** The first (or only) output value. */
  readonly output: Tensor;
  /** Every output value. */
  readonly outputs: readonly Tensor[];
  /** The options the op was called with. */
  readonly options: Options;
  /** What forward returned as `saved`. */
  readonly saved: Saved;
  /** `needsInputGrad[i]` is true when input i requires a gradient; skip the work for the others and return null. */
  readonly needsInputGrad: readonly boolean[];
}

/** The definition of a differentiable op: see {@link defineOp}. */
export interface OpSpec<Options, Result extends ForwardResult> {
  /** The op's name, used in error messages and gradCheck reports. */
  readonly name: string;
  /** Computes the output(s) from the input values and the options. Must not modify its inputs. */
  forward(inputs: readonly Tensor[], options: Options): Result;
  /**
   * Returns one gradient per input, in input order: `d objective / d input[i]`
   * with input i's shape, or null (no gradient: treated as zero). Runs only
   * when some input needs a gradient; gradients for inputs that do not are ignored.
   */
  backward(gradOutput: GradOutputOf<Result>, context: BackwardContext<Options, SavedOf<Result>>): readonly (Tensor | null)[];
}

/** A defined op: call it with its inputs (an array, any length) and its options. */
export type Op<Options, Result extends ForwardResult> = (
  inputs: readonly Input[],
  ...options: undefined extends Options ? [options?: Options] : [options: Options]
) => OpOutputOf<Result>;

/**
 * Defines a differentiable op from a forward and a backward written side by
 * side. Calling the op runs `forward` on the input values and wraps the
 * output(s) in Variables. When gradients are enabled (not inside `noGrad`) and
 * some input is a Variable that requires a gradient, the call is recorded, and
 * `backward` runs later with the gradient of each output.
 *
 * - Inputs are an array of Variables, Tensors or numbers (any length, so
 *   variadic ops like concat work); numbers and Tensors are constants and get
 *   no gradient. Options (axes, flags) come as a second, non-tensor argument.
 * - Single output: `forward` returns a Tensor (or `{ output, saved }`) and
 *   `backward(gradOutput, context)` receives one Tensor.
 * - Several outputs: `forward` returns `{ outputs, saved? }`; the op returns a
 *   Variable per output, and `backward(gradOutputs, context)` receives one
 *   gradient per output, null for outputs no gradient reached. It runs once,
 *   after all consumers of all outputs.
 * - `backward` returns one gradient (or null) per input. Each is checked
 *   against its input's shape: a mismatch throws ShapeError naming the op and
 *   input index. Gradients arriving at the same variable are summed.
 *
 * `forward` and `backward` work on plain Tensors: use the kernels of
 * `@mnemo/tensor` (or raw loops) there, not the Variable ops of this package.
 *
 * @example
 * ```ts
 * import { concat, mul, split, zerosLike } from '@mnemo/tensor';
 * import { defineOp, sum, variable } from '@mnemo/autograd';
 *
 * // y = x³ with dy/dx = 3x², saving x² from the forward pass.
 * const cube = defineOp({
 *   name: 'cube',
 *   forward([x]) {
 *     const squared = mul(x, x);            // Tensor ops from @mnemo/tensor
 *     return { output: mul(squared, x), saved: squared };
 *   },
 *   backward(gradOutput, { saved }) {
 *     return [mul(gradOutput, mul(saved, 3))];
 *   },
 * });
 * const x = variable([1, 2], { requiresGrad: true });
 * sum(cube([x])).backward();
 * x.grad?.toArray() // [3, 12]
 *
 * // Options: a typed second argument.
 * const scale = defineOp({
 *   name: 'scale',
 *   forward: ([x], { factor }: { factor: number }) => mul(x, factor),
 *   backward: (gradOutput, { options }) => [mul(gradOutput, options.factor)],
 * });
 * scale([x], { factor: 2 });
 *
 * // Several outputs: backward gets one gradient per output, null where none arrived.
 * const halves = defineOp({
 *   name: 'halves',
 *   forward: ([x]) => ({ outputs: split(x, [x.size / 2, x.size / 2]) }),
 *   backward: (gradOutputs, { outputs }) => [concat(gradOutputs.map((g, k) => g ?? zerosLike(outputs[k])))],
 * });
 * const [first, second] = halves([variable([1, 2, 3, 4], { requiresGrad: true })]);
 * ```
 */
export function defineOp<Options = undefined, Result extends ForwardResult = Tensor>(spec: OpSpec<Options, Result>): Op<Options, Result> {
  const { name } = spec;
  if (typeof name !== 'string' || name === '') throw new ValueError('defineOp(spec): spec.name must be a non-empty string');
  if (typeof spec.forward !== 'function' || typeof spec.backward !== 'function') {
    throw new ValueError(`defineOp(spec): op "${name}" needs a forward and a backward function`);
  }
  const op = (inputs: readonly Input[], options?: Options): OpOutputOf<Result> => {
    if (!Array.isArray(inputs)) throw new ValueError(`${name}: inputs must be an array of Variables, Tensors or numbers, got ${describe(inputs)}`);
    const values = inputs.map((input, index) => valueOf(name, input, index));
    const result = spec.forward(values, options as Options);
    const { outputs, saved, multi } = unpack(name, result);
    const needsInputGrad = inputs.map((input) => input instanceof Variable && input.requiresGrad);
    const record = isGradEnabled() && needsInputGrad.includes(true);
    const variables = outputs.map((output) => new Variable(output, { requiresGrad: record }));
    if (record) {
      const context: BackwardContext<Options, SavedOf<Result>> = {
        name, inputs: values, output: outputs[0], outputs, options: options as Options, saved: saved as SavedOf<Result>, needsInputGrad,
      };
      const node: GraphNode = {
        name,
        inputs: inputs.map((input, index) => (needsInputGrad[index] ? (input as Variable) : null)),
        outputCount: outputs.length,
        retained: undefined,
        backward: (gradOutputs) => {
          const gradient = (multi ? gradOutputs : gradOutputs[0]) as GradOutputOf<Result>;
          return checkGradients(name, spec.backward(gradient, context), values, needsInputGrad);
        },
      };
      variables.forEach((variable, index) => {
        variable.creator = node;
        variable.outputIndex = index;
      });
    }
    return (multi ? variables : variables[0]) as OpOutputOf<Result>;
  };
  return op as Op<Options, Result>;
}

/** The value of one op input; throws ValueError for anything that is not an Input. */
export function valueOf(name: string, input: Input, index: number): Tensor {
  if (input instanceof Variable) return input.value;
  if (typeof input === 'number') return new Tensor(new Float32Array([input]), []);
  if (isTensor(input)) return input;
  throw new ValueError(`${name}: input ${index} must be a Variable, Tensor or number, got ${describe(input)}`);
}

function unpack(name: string, result: ForwardResult): { outputs: readonly Tensor[]; saved: unknown; multi: boolean } {
  const [outputs, saved, multi] = isTensor(result)
    ? [[result], undefined, false]
    : 'outputs' in result
      ? [result.outputs, result.saved, true]
      : [[result.output], result.saved, false];
  if (!Array.isArray(outputs) || outputs.length === 0 || !outputs.every(isTensor)) {
    throw new ValueError(`${name}: forward must return a Tensor, { output, saved? } or { outputs: Tensor[], saved? } with at least one output`);
  }
  return { outputs, saved, multi };
}

function checkGradients(name: string, gradients: readonly (Tensor | null)[], inputs: readonly Tensor[], needsInputGrad: readonly boolean[]): readonly (Tensor | null)[] {
  if (!Array.isArray(gradients) || gradients.length !== inputs.length) {
    const got = Array.isArray(gradients) ? `${gradients.length} gradients` : describe(gradients);
    throw new ValueError(`${name} backward: must return one gradient (or null) per input, ${inputs.length} in all; got ${got}`);
  }
  gradients.forEach((gradient, index) => {
    if (gradient === null || gradient === undefined || !needsInputGrad[index]) return;
    if (!isTensor(gradient)) throw new ValueError(`${name} backward: gradient for input ${index} must be a Tensor or null, got ${describe(gradient)}`);
    if (!shapesEqual(gradient.shape, inputs[index].shape)) {
      throw new ShapeError(`${name} backward: gradient for input ${index} is ${formatShape(gradient.shape)}, but input ${index} is ${formatShape(inputs[index].shape)}`);
    }
  });
  return gradients.map((gradient, index) => (needsInputGrad[index] && gradient !== undefined ? gradient : null));
}
