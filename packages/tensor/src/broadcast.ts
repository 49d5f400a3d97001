/**
 * NumPy broadcasting: the shape two operands broadcast to, materialising a
 * broadcast, and its adjoint `sumTo`, which returns a gradient to an input's shape.
 */
import { ShapeError } from './errors.js';
import { reduceAxes } from './reduce-kernel.js';
import { checkShape, formatShape, shapesEqual, sizeOf, stridesOf, type Shape } from './shape.js';
import { copyStrided } from './strided-copy.js';
import { broadcastStrides } from './strides.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/**
 * The shape that `a` and `b` broadcast to, by NumPy's rules: align the shapes
 * on the right; each pair of sizes must be equal or contain a 1, and the
 * result takes the larger; missing leading axes count as 1.
 *
 * `op` names the operation in the error message: a bare name such as `'add'`
 * becomes `add(a, b)`; a name with parentheses is used as given.
 *
 * @example
 * ```ts
 * broadcastShapes([2, 1, 4], [3, 1]) // [2, 3, 4]
 * broadcastShapes([2, 3], [4], 'add') // ShapeError: add(a, b): shapes [2,3] and [4] do not broadcast
 * ```
 */
export function broadcastShapes(a: Shape, b: Shape, op = 'broadcast'): number[] {
  const label = op.includes('(') ? op : `${op}(a, b)`;
  checkShape(label, 'a', a);
  checkShape(label, 'b', b);
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let axis = 0; axis < rank; axis++) {
    const aSize = a[a.length - rank + axis] ?? 1;
    const bSize = b[b.length - rank + axis] ?? 1;
    if (aSize !== bSize && aSize !== 1 && bSize !== 1) {
      throw new ShapeError(`${label}: shapes ${formatShape(a)} and ${formatShape(b)} do not broadcast`);
    }
    out[axis] = aSize === 1 ? bSize : aSize;
  }
  return out;
}

/**
 * Repeats `t` along its size-1 and missing leading axes to fill `shape`
 * (NumPy `broadcast_to`), as a new contiguous tensor with its own data.
 *
 * Shapes: `t` must broadcast to `shape`, e.g. `[3]` or `[1,3]` to `[2,3]`.
 *
 * @example
 * ```ts
 * broadcastTo(tensor([1, 2, 3]), [2, 3]).toArray() // [[1, 2, 3], [1, 2, 3]]
 * ```
 */
export function broadcastTo(t: TensorLike, shape: Shape): Tensor {
  const label = 'broadcastTo(t, shape)';
  const input = toTensor(label, 't', t);
  checkShape(label, 'shape', shape);
  if (!broadcastsTo(input.shape, shape)) {
    throw new ShapeError(`${label}: cannot broadcast t of shape ${formatShape(input.shape)} to ${formatShape(shape)}`);
  }
  const out = new Float32Array(sizeOf(shape));
  copyStrided(input.data, 0, shape, broadcastStrides(input.shape, shape), out, 0, stridesOf(shape));
  return new Tensor(out, shape);
}

/**
 * Sums `t` over the axes that broadcasting added or expanded, so that a
 * gradient of a broadcast result returns to the shape of the input it came
 * from: the adjoint of `broadcastTo`. Always returns new data.
 *
 * Formula: `sumTo(g, s)[j] = Σ g[i]` over every `i` that broadcasting maps to `j`.
 * Shapes: `shape` must broadcast to `t.shape`; the result has `shape`.
 *
 * @example
 * ```ts
 * sumTo(ones([4, 3]), [3]).toArray()    // [4, 4, 4]
 * sumTo(ones([4, 3]), [4, 1]).toArray() // [[3], [3], [3], [3]]
 * ```
 */
export function sumTo(t: TensorLike, shape: Shape): Tensor {
  const label = 'sumTo(t, shape)';
  const input = toTensor(label, 't', t);
  checkShape(label, 'shape', shape);
  if (!broadcastsTo(shape, input.shape)) {
    throw new ShapeError(`${label}: shape ${formatShape(shape)} does not broadcast to t of shape ${formatShape(input.shape)}, so t cannot be summed back to it`);
  }
  if (shapesEqual(input.shape, shape)) return new Tensor(input.data.slice(), shape);
  const leading = input.rank - shape.length;
  const axes: number[] = [];
  for (let axis = 0; axis < input.rank; axis++) {
    if (axis < leading || (shape[axis - leading] === 1 && input.shape[axis] !== 1)) axes.push(axis);
  }
  const sums = reduceAxes(input.data, input.shape, axes, 'sum');
  // The kept axes, in order, hold exactly `shape`'s elements in `shape`'s layout.
  return new Tensor(Float32Array.from(sums), shape);
}

/** True when `from` broadcasts to exactly `to` (one-directional). */
function broadcastsTo(from: Shape, to: Shape): boolean {
  if (from.length > to.length) return false;
  const offset = to.length - from.length;
  for (let axis = 0; axis < from.length; axis++) {
    if (from[axis] !== 1 && from[axis] !== to[axis + offset]) return false;
  }
  return true;
}
