/**
 * Internal axis resolution with messages that name the op and the shape:
 * `sum(t, axes): axis 3 is out of range for shape [2,3] (rank 2)`.
 */
import { IndexError } from './errors.js';
import { formatShape, type Shape } from './shape.js';

/**
 * Resolves a possibly negative axis against `shape` (or an explicit `rank`,
 * e.g. rank + 1 for expandDims). Throws IndexError when it is not an integer
 * or out of range.
 */
export function resolveAxis(label: string, axis: number, shape: Shape, arg = 'axis', rank = shape.length): number {
  if (typeof axis !== 'number' || !Number.isInteger(axis)) {
    throw new IndexError(`${label}: ${arg} must be an integer, got ${String(axis)} (shape ${formatShape(shape)})`);
  }
  const resolved = axis < 0 ? axis + rank : axis;
  if (resolved < 0 || resolved >= rank) {
    const range = rank === 0 ? 'none' : `${-rank}..${rank - 1}`;
    throw new IndexError(`${label}: ${arg} ${axis} is out of range for shape ${formatShape(shape)} (valid: ${range})`);
  }
  return resolved;
}

/**
 * Resolves `undefined` (all axes), one axis or a list to sorted unique
 * non-negative axes. Throws IndexError on a bad or repeated axis.
 */
export function resolveAxes(label: string, axes: number | readonly number[] | undefined, shape: Shape): number[] {
  if (axes === undefined) return Array.from({ length: shape.length }, (_, i) => i);
  if (typeof axes !== 'number' && !Array.isArray(axes)) {
    throw new IndexError(`${label}: axes must be a number or an array of numbers, got ${String(axes)}`);
  }
  const list: readonly number[] = typeof axes === 'number' ? [axes] : axes;
  const resolved = list.map((axis) => resolveAxis(label, axis, shape));
  const sorted = [...resolved].sort((x, y) => x - y);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) {
      throw new IndexError(`${label}: axis ${sorted[i]} is listed twice in [${list.join(',')}] (shape ${formatShape(shape)})`);
    }
  }
  return sorted;
}

/** The shape after reducing `axes`: those axes removed, or kept as size 1 with `keepDims`. */
export function reducedShape(shape: Shape, axes: readonly number[], keepDims: boolean): number[] {
  const out: number[] = [];
  for (let axis = 0; axis < shape.length; axis++) {
    if (!axes.includes(axis)) out.push(shape[axis]);
    else if (keepDims) out.push(1);
  }
  return out;
}
