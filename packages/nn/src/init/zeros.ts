/**
 * The zeros initializer.
 */
import { Tensor, sizeOf, type Shape } from '@mnemo/tensor';
import { checkInitShape } from './check-shape.js';

/**
 * A tensor of zeros: the usual initial value of a bias.
 *
 * Shapes: returns a tensor of `shape`.
 *
 * @example
 * ```ts
 * zeros([3]).toArray() // [0, 0, 0]
 * ```
 */
export function zeros(shape: Shape): Tensor {
  checkInitShape('zeros', shape);
  return new Tensor(new Float32Array(sizeOf(shape)), shape);
}
