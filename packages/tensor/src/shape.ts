/**
 * Shape helpers used by every op. Internal except for the few re-exported
 * from the package index (`sizeOf`, `stridesOf`, `formatShape`, `shapesEqual`).
 */
import { IndexError, ShapeError } from './errors.js';

/** A tensor's shape: one non-negative integer per axis; `[]` is a scalar. */
export type Shape = readonly number[];

/**
 * Number of elements of a shape: the product of its sizes (1 for `[]`).
 *
 * @example
 * ```ts
 * sizeOf([2, 3, 4]) // 24
 * ```
 */
export function sizeOf(shape: Shape): number {
  let size = 1;
  for (let i = 0; i < shape.length; i++) size *= shape[i];
  return size;
}

/**
 * Row-major strides of a contiguous tensor of this shape, in elements.
 *
 * @example
 * ```ts
 * stridesOf([2, 3, 4]) // [12, 4, 1]
 * ```
 */
export function stridesOf(shape: Shape): number[] {
  const strides = new Array<number>(shape.length);
  let stride = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = stride;
    stride *= shape[i];
  }
  return strides;
}

/**
 * A shape as it appears in error messages: `[2,3]`.
 *
 * @example
 * ```ts
 * formatShape([2, 3]) // "[2,3]"
 * ```
 */
export function formatShape(shape: Shape): string {
  return `[${shape.join(',')}]`;
}

/**
 * True when two shapes have the same rank and sizes.
 *
 * @example
 * ```ts
 * shapesEqual([2, 3], [2, 3]) // true
 * ```
 */
export function shapesEqual(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Throws a ShapeError unless every size is a non-negative integer. */
export function checkShape(op: string, arg: string, shape: Shape): void {
  if (!Array.isArray(shape)) {
    throw new ShapeError(`${op}: ${arg} must be an array of sizes, got ${String(shape)}`);
  }
  for (let i = 0; i < shape.length; i++) {
    const size = shape[i];
    if (!Number.isInteger(size) || size < 0) {
      throw new ShapeError(`${op}: ${arg} ${formatShape(shape)} has size ${String(size)} at axis ${i}; sizes must be non-negative integers`);
    }
  }
}

/** Resolves a possibly negative axis against a rank; throws IndexError if out of range. */
export function normalizeAxis(op: string, axis: number, rank: number, arg = 'axis'): number {
  if (!Number.isInteger(axis)) throw new IndexError(`${op}: ${arg} must be an integer, got ${axis}`);
  const resolved = axis < 0 ? axis + rank : axis;
  if (resolved < 0 || resolved >= rank) {
    throw new IndexError(`${op}: ${arg} ${axis} is out of range for a tensor of rank ${rank}`);
  }
  return resolved;
}

/**
 * Resolves an axis list (or `undefined` for all axes) to sorted, unique,
 * non-negative axes. Throws IndexError on duplicates or out-of-range axes.
 */
export function normalizeAxes(op: string, axes: number | readonly number[] | undefined, rank: number): number[] {
  if (axes === undefined) return Array.from({ length: rank }, (_, i) => i);
  const list = typeof axes === 'number' ? [axes] : axes;
  const resolved = list.map((axis) => normalizeAxis(op, axis, rank));
  const sorted = [...resolved].sort((x, y) => x - y);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) throw new IndexError(`${op}: axis ${sorted[i]} is listed twice in [${list.join(',')}]`);
  }
  return sorted;
}
