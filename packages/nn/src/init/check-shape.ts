/**
 * Shape validation shared by the initializers (internal).
 */
import { ShapeError, formatShape, type Shape } from '@mnemo/tensor';

/** Throws ShapeError unless `shape` is an array of non-negative integers. */
export function checkInitShape(op: string, shape: Shape): void {
  if (!Array.isArray(shape)) throw new ShapeError(`${op}(shape): shape must be an array of sizes, got ${String(shape)}`);
  shape.forEach((size, axis) => {
    if (!Number.isInteger(size) || size < 0) {
      throw new ShapeError(`${op}(shape): shape ${formatShape(shape)} has size ${String(size)} at axis ${axis}; sizes must be non-negative integers`);
    }
  });
}
