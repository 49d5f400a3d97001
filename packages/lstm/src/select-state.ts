/**
 * Slicing helpers shared by LSTM and RNN (internal).
 */
import { chunk, isVariable, reshape, slice, variable, type Variable } from '@mnemo/autograd';
import { Tensor, ValueError, isTensor } from '@mnemo/tensor';

/**
 * Entry `index` of the first axis of a state tensor: [N, ...rest] -> [...rest].
 * A constant (a Tensor, or a Variable without gradient) is copied directly;
 * a Variable that needs a gradient is sliced through autograd, so the
 * gradient reaches it.
 */
export function selectState(value: Variable | Tensor, index: number): Variable {
  const [, ...rest] = value.shape;
  if (!isVariable(value) || !value.requiresGrad) {
    const { data } = value;
    const size = data.length / value.shape[0];
    return variable(new Tensor(data.slice(index * size, (index + 1) * size), rest));
  }
  return reshape(slice(value, [index, ...rest.map(() => 0)], [1, ...rest]), rest);
}

/** The time steps of a time-major sequence: [T, B, n] -> T Variables of [B, n]. */
export function timeSteps(x: Variable): Variable[] {
  const [steps, ...rest] = x.shape;
  return chunk(x, steps, 0).map((part) => reshape(part, rest));
}

/** x as a Variable (a Tensor is wrapped, without gradient); ValueError for anything else. */
export function sequenceInput(op: string, x: unknown): Variable {
  if (isVariable(x)) return x;
  if (isTensor(x)) return variable(x);
  throw new ValueError(`${op}: x must be a Tensor or a Variable, got ${x === null ? 'null' : typeof x}`);
}
