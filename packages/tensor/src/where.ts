/**
 * Elementwise selection between two tensors by a condition.
 */
import { broadcastShapes } from './broadcast.js';
import { ShapeError } from './errors.js';
import { formatShape, shapesEqual, sizeOf } from './shape.js';
import { broadcastStrides, coalesce } from './strides.js';
import { Tensor } from './tensor.js';
import { toTensor, type TensorLike } from './tensor-like.js';

/**
 * Picks `a` where `condition` is nonzero and `b` elsewhere:
 * `out = condition ≠ 0 ? a : b` (NaN counts as nonzero, as in NumPy).
 *
 * Shapes: `condition`, `a` and `b` broadcast together to the result's shape.
 *
 * @example
 * ```ts
 * where(tensor([1, 0, 1]), tensor([1, 2, 3]), 0).toArray() // [1, 0, 3]
 * ```
 */
export function where(condition: TensorLike, a: TensorLike, b: TensorLike): Tensor {
  const label = 'where(condition, a, b)';
  const mask = toTensor(label, 'condition', condition);
  const left = toTensor(label, 'a', a);
  const right = toTensor(label, 'b', b);
  const shape = shapesEqual(mask.shape, left.shape) && shapesEqual(left.shape, right.shape) ? [...left.shape] : whereShape(mask, left, right);
  const out = new Float32Array(sizeOf(shape));
  if (out.length === 0) return new Tensor(out, shape);
  const walk = coalesce(shape, [mask.shape, left.shape, right.shape].map((operand) => broadcastStrides(operand, shape)));
  const [maskStrides, leftStrides, rightStrides] = walk.strides;
  const sizes = walk.shape;
  const rank = sizes.length;
  const inner = sizes[rank - 1];
  const maskInner = maskStrides[rank - 1];
  const leftInner = leftStrides[rank - 1];
  const rightInner = rightStrides[rank - 1];
  const maskData = mask.data;
  const leftData = left.data;
  const rightData = right.data;
  const counter = new Int32Array(rank);
  let maskOffset = 0;
  let leftOffset = 0;
  let rightOffset = 0;
  for (let outOffset = 0; outOffset < out.length; outOffset += inner) {
    for (let j = 0; j < inner; j++) {
      out[outOffset + j] = maskData[maskOffset + j * maskInner] !== 0 ? leftData[leftOffset + j * leftInner] : rightData[rightOffset + j * rightInner];
    }
    for (let axis = rank - 2; axis >= 0; axis--) {
      maskOffset += maskStrides[axis];
      leftOffset += leftStrides[axis];
      rightOffset += rightStrides[axis];
      if (++counter[axis] < sizes[axis]) break;
      counter[axis] = 0;
      maskOffset -= maskStrides[axis] * sizes[axis];
      leftOffset -= leftStrides[axis] * sizes[axis];
      rightOffset -= rightStrides[axis] * sizes[axis];
    }
  }
  return new Tensor(out, shape);
}

function whereShape(condition: Tensor, a: Tensor, b: Tensor): number[] {
  try {
    return broadcastShapes(broadcastShapes(condition.shape, a.shape), b.shape);
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    throw new ShapeError(
      `where(condition, a, b): shapes ${formatShape(condition.shape)}, ${formatShape(a.shape)} and ${formatShape(b.shape)} do not broadcast`,
    );
  }
}
