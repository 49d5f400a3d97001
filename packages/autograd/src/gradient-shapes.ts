/**
 * Internal: shape plumbing shared by op backwards (reducing a broadcast
 * gradient, re-expanding a reduction's gradient).
 */
import { Tensor, shapesEqual, sumTo, type Shape } from '@mnemo/tensor';

/** Axes to reduce, as the reductions take them: one, a list, or undefined for all. */
export type Axes = number | readonly number[];

/** `gradient` summed back to `shape` (the adjoint of broadcasting); the same tensor when the shapes already agree. */
export function reduceTo(gradient: Tensor, shape: Shape): Tensor {
  return shapesEqual(gradient.shape, shape) ? gradient : sumTo(gradient, shape);
}

/** The same data viewed with another shape of the same size (no copy; tensors are never written after creation). */
export function viewAs(value: Tensor, shape: Shape): Tensor {
  return shapesEqual(value.shape, shape) ? value : new Tensor(value.data, shape);
}

/** Non-negative reduced axes; `axes` was already validated by the forward kernel. */
export function reducedAxes(shape: Shape, axes: Axes | undefined): number[] {
  if (axes === undefined) return shape.map((_, axis) => axis);
  return (typeof axes === 'number' ? [axes] : [...axes]).map((axis) => (axis < 0 ? axis + shape.length : axis));
}

/** `shape` with every reduced axis set to 1: the shape of a reduction with keepDims. */
export function keptShape(shape: Shape, axes: Axes | undefined): number[] {
  const reduced = reducedAxes(shape, axes);
  return shape.map((size, axis) => (reduced.includes(axis) ? 1 : size));
}

/** How many input elements each output element of a reduction over `axes` combines. */
export function reducedCount(shape: Shape, axes: Axes | undefined): number {
  return reducedAxes(shape, axes).reduce((count, axis) => count * shape[axis], 1);
}
