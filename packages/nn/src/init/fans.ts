/**
 * Fan-in and fan-out of a weight shape, as the initializers use them.
 */
import { ShapeError, formatShape, type Shape } from '@mnemo/tensor';
import { checkInitShape } from './check-shape.js';

/** The number of inputs and outputs each unit of a weight connects to. */
export interface Fans {
  /** Inputs per output unit: `shape[1] * receptiveField`. */
  fanIn: number;
  /** Outputs per input unit: `shape[0] * receptiveField`. */
  fanOut: number;
}

/**
 * Fan-in and fan-out of a weight of rank >= 2, computed as PyTorch does: for
 * a weight `[out, in, ...kernel]`, the receptive field is the product of the
 * kernel sizes, `fanIn = in * receptive`, `fanOut = out * receptive`.
 * A Linear weight `[out, in]` has `fanIn = in`, `fanOut = out`.
 *
 * Shapes: `shape` has rank >= 2 (ShapeError otherwise).
 *
 * @example
 * ```ts
 * computeFans([256, 128])   // { fanIn: 128, fanOut: 256 }
 * computeFans([16, 3, 5, 5]) // { fanIn: 75, fanOut: 400 }
 * ```
 */
export function computeFans(shape: Shape, op = 'computeFans'): Fans {
  checkInitShape(op, shape);
  if (shape.length < 2) {
    throw new ShapeError(`${op}(shape): fan-in and fan-out need a shape of rank >= 2, got ${formatShape(shape)}`);
  }
  let receptive = 1;
  for (let axis = 2; axis < shape.length; axis++) receptive *= shape[axis];
  return { fanIn: shape[1] * receptive, fanOut: shape[0] * receptive };
}
