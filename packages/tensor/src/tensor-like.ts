/**
 * `TensorLike`: a Tensor or a plain number, accepted anywhere an op takes a tensor.
 */
import { ValueError } from './errors.js';
import { isTensor, Tensor } from './tensor.js';

/**
 * A tensor or a number; a number acts as a scalar tensor of shape `[]`
 * (stored as float32, like every tensor value).
 *
 * @example
 * ```ts
 * add(tensor([1, 2]), 1) // tensor([2, 3])
 * ```
 */
export type TensorLike = Tensor | number;

/**
 * The tensor behind a TensorLike: the tensor itself, or a scalar tensor for a
 * number. Throws ValueError naming the op and argument for anything else.
 */
export function toTensor(label: string, arg: string, value: TensorLike): Tensor {
  if (typeof value === 'number') return new Tensor(new Float32Array([value]), []);
  if (isTensor(value)) return value;
  const kind = value === null ? 'null' : Array.isArray(value) ? 'an array (wrap it with tensor())' : typeof value;
  throw new ValueError(`${label}: ${arg} must be a Tensor or a number, got ${kind}`);
}
