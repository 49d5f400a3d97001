/**
 * The Tensor: a contiguous, row-major Float32Array plus a shape.
 */
import { ShapeError, ValueError } from './errors.js';
import { formatTensor } from './format.js';
import { checkShape, formatShape, sizeOf, type Shape } from './shape.js';

/** A number or arbitrarily nested arrays of numbers, as `toArray()` returns and `tensor()` accepts. */
export type NestedArray = number | readonly NestedArray[];

/** Typed arrays and plain arrays that `tensor()` copies into float32 storage. */
export type FlatArray = Float32Array | Float64Array | Int32Array | Uint8Array | Uint16Array | Int16Array | Uint32Array | Int8Array | readonly number[];

/**
 * An n-dimensional array of float32 values in contiguous row-major order.
 *
 * A Tensor is immutable from the outside: every op returns a new tensor.
 * `data` is exposed for speed (kernels, optimizers updating parameters in
 * place, zero-copy interop); code that did not create a tensor must treat its
 * `data` as read-only. Tensors are ordinary garbage-collected objects: there
 * is nothing to dispose.
 *
 * Shapes: `shape[i]` is the size of axis `i`; `[]` is a scalar (one element).
 *
 * @example
 * ```ts
 * const t = new Tensor(new Float32Array([1, 2, 3, 4, 5, 6]), [2, 3]);
 * t.shape // [2, 3]
 * t.toArray() // [[1, 2, 3], [4, 5, 6]]
 * ```
 */
export class Tensor {
  /** The elements, row-major; `data.length === size`. Treat as read-only unless you own the tensor. */
  readonly data: Float32Array;
  /** Size of each axis (frozen). */
  readonly shape: Shape;
  /** Number of elements, the product of `shape`. */
  readonly size: number;

  /**
   * Wraps `data` (not copied) with `shape`. Throws ShapeError if the shape is
   * malformed or `data.length` is not its size.
   */
  constructor(data: Float32Array, shape: Shape) {
    checkShape('Tensor', 'shape', shape);
    const size = sizeOf(shape);
    if (!(data instanceof Float32Array)) {
      throw new ValueError(`Tensor: data must be a Float32Array, got ${Object.prototype.toString.call(data)}`);
    }
    if (data.length !== size) {
      throw new ShapeError(`Tensor: data has ${data.length} elements but shape ${formatShape(shape)} needs ${size}`);
    }
    this.data = data;
    this.shape = Object.freeze([...shape]);
    this.size = size;
  }

  /** Number of axes (0 for a scalar). */
  get rank(): number {
    return this.shape.length;
  }

  /**
   * The single value of a one-element tensor.
   *
   * @example
   * ```ts
   * tensor(3).item() // 3
   * ```
   */
  item(): number {
    if (this.size !== 1) throw new ShapeError(`item(): tensor of shape ${formatShape(this.shape)} has ${this.size} elements, not 1`);
    return this.data[0];
  }

  /**
   * The values as nested JavaScript arrays (a number for a scalar).
   *
   * @example
   * ```ts
   * tensor([[1, 2], [3, 4]]).toArray() // [[1, 2], [3, 4]]
   * ```
   */
  toArray(): NestedArray {
    if (this.shape.length === 0) return this.data[0];
    const build = (axis: number, offset: number, stride: number): NestedArray => {
      const size = this.shape[axis];
      const inner = stride / (size || 1);
      const out: NestedArray[] = new Array(size);
      for (let i = 0; i < size; i++) {
        out[i] = axis === this.shape.length - 1 ? this.data[offset + i] : build(axis + 1, offset + i * inner, inner);
      }
      return out;
    };
    return build(0, 0, this.size);
  }

  /**
   * A readable, NumPy-like rendering, elided in the middle when large.
   *
   * @example
   * ```ts
   * String(tensor([[1, 2], [3, 4]]))
   * // tensor([[1, 2],
   * //         [3, 4]], shape=[2,2])
   * ```
   */
  toString(): string {
    return formatTensor(this);
  }

  /** Node's `console.log` uses this. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}

/** Carried by every Tensor, so another copy of this package recognizes it. */
const tensorBrand = Symbol.for('@mnemo/tensor/Tensor');
Object.defineProperty(Tensor.prototype, tensorBrand, { value: true, enumerable: false });

/**
 * True when `value` is a Tensor, from this or another copy of `@mnemo/tensor`
 * (checked by brand, not by shape: a Variable that wraps a tensor is not one).
 *
 * @example
 * ```ts
 * isTensor(zeros([2])) // true
 * isTensor({ data: new Float32Array(2), shape: [2] }) // false
 * ```
 */
export function isTensor(value: unknown): value is Tensor {
  return value instanceof Tensor || (typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[tensorBrand] === true);
}

function inferShape(values: NestedArray): number[] {
  const shape: number[] = [];
  let level: NestedArray = values;
  while (Array.isArray(level)) {
    shape.push(level.length);
    if (level.length === 0) break;
    level = level[0];
  }
  return shape;
}

function flattenInto(values: NestedArray, shape: Shape, axis: number, out: Float32Array, offset: number): number {
  if (axis === shape.length) {
    if (Array.isArray(values)) {
      throw new ShapeError(`tensor(values): ragged nested array: expected a number at depth ${axis} (shape ${formatShape(shape)}), got an array`);
    }
    if (typeof values !== 'number') {
      throw new ValueError(`tensor(values): expected numbers, got ${JSON.stringify(values)} (${typeof values}) at depth ${axis}`);
    }
    out[offset] = values;
    return offset + 1;
  }
  if (!Array.isArray(values) || values.length !== shape[axis]) {
    const got = Array.isArray(values) ? `length ${values.length}` : typeof values;
    throw new ShapeError(`tensor(values): ragged nested array: expected length ${shape[axis]} at depth ${axis} (shape ${formatShape(shape)}), got ${got}`);
  }
  for (const item of values) offset = flattenInto(item, shape, axis + 1, out, offset);
  return offset;
}

/**
 * Creates a tensor from a number, nested arrays, or a flat array with a shape.
 * Values are copied into float32 storage.
 *
 * Shapes: nested arrays give their own shape; a flat array (typed or plain)
 * is `[length]` unless `shape` says otherwise (`shape` may contain one -1).
 *
 * @example
 * ```ts
 * tensor([[1, 2, 3], [4, 5, 6]]).shape  // [2, 3]
 * tensor([1, 2, 3, 4], [2, 2]).shape    // [2, 2]
 * tensor(new Float32Array(6), [3, -1])  // shape [3, 2]
 * tensor(7).shape                       // []
 * ```
 */
export function tensor(values: NestedArray | FlatArray, shape?: Shape): Tensor {
  if (values instanceof Tensor) {
    throw new ValueError('tensor(values): got a Tensor; tensors are immutable, so use it as is (or reshape it)');
  }
  if (ArrayBuffer.isView(values)) {
    const flat = values as Exclude<FlatArray, readonly number[]>;
    const data = new Float32Array(flat.length);
    data.set(flat);
    return new Tensor(data, resolveShape('tensor', shape ?? [flat.length], flat.length));
  }
  if (typeof values === 'number') {
    const data = new Float32Array([values]);
    return new Tensor(data, resolveShape('tensor', shape ?? [], 1));
  }
  if (!Array.isArray(values)) {
    throw new ValueError(`tensor(values): expected a number, nested arrays or a typed array, got ${typeof values}`);
  }
  const nestedShape = inferShape(values as NestedArray);
  const data = new Float32Array(sizeOf(nestedShape));
  flattenInto(values as NestedArray, nestedShape, 0, data, 0);
  return new Tensor(data, shape === undefined ? nestedShape : resolveShape('tensor', shape, data.length));
}

/**
 * Resolves a target shape that may contain one -1 against an element count.
 * Throws ShapeError when the count does not fit.
 */
export function resolveShape(op: string, shape: Shape, size: number): number[] {
  if (!Array.isArray(shape)) throw new ShapeError(`${op}: shape must be an array of sizes, got ${String(shape)}`);
  let inferred = -1;
  let known = 1;
  for (let i = 0; i < shape.length; i++) {
    const dim = shape[i];
    if (dim === -1) {
      if (inferred !== -1) throw new ShapeError(`${op}: shape ${formatShape(shape)} has more than one -1`);
      inferred = i;
    } else if (!Number.isInteger(dim) || dim < 0) {
      throw new ShapeError(`${op}: shape ${formatShape(shape)} has size ${String(dim)} at axis ${i}; sizes must be non-negative integers or -1`);
    } else {
      known *= dim;
    }
  }
  const out = [...shape];
  if (inferred !== -1) {
    if (known === 0 || size % known !== 0) {
      throw new ShapeError(`${op}: cannot infer -1 in shape ${formatShape(shape)} for ${size} elements`);
    }
    out[inferred] = size / known;
  } else if (known !== size) {
    throw new ShapeError(`${op}: shape ${formatShape(shape)} has ${known} elements, data has ${size}`);
  }
  return out;
}
