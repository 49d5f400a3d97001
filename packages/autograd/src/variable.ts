/**
 * Variable: a tensor that remembers the op that made it, so gradients can flow
 * back through it; Parameter: a Variable a Module owns and an optimizer updates.
 */
import { ValueError, formatShape, isTensor, tensor, type FlatArray, type NestedArray, type Shape, type Tensor } from '@mnemo/tensor';
import { backward } from './backward.js';
import type { GraphNode } from './graph-node.js';

/** Anything an autograd op accepts: a Variable, a plain Tensor, or a number (a constant scalar). */
export type Input = Variable | Tensor | number;

/** Options for {@link Variable} and {@link variable}. */
export interface VariableOptions {
  /** Whether `backward()` computes a gradient for this variable. Default false. */
  requiresGrad?: boolean;
}

/**
 * A tensor in the autograd graph: its `value`, its accumulated `grad`, and
 * (when an op made it while recording) the op call it came from.
 *
 * A *leaf* is a Variable that no op made (you created it). After
 * `loss.backward()`, every leaf with `requiresGrad` holds `d loss / d leaf`
 * in `.grad`, summed over every backward call since the last `zeroGrad()`.
 * Intermediate variables do not keep a gradient unless you call
 * `retainGrad()` on them before `backward()`.
 *
 * @example
 * ```ts
 * const x = variable(tensor([1, 2, 3]), { requiresGrad: true });
 * const y = sum(mul(x, x));      // y = Σ x², a scalar
 * y.backward();
 * x.grad?.toArray()               // [2, 4, 6]
 * ```
 */
export class Variable {
  /** The value. Ops never modify it; an optimizer updates a Parameter's `value.data` in place. */
  readonly value: Tensor;
  /** The accumulated gradient, the shape of `value`; null until a backward pass reaches it. */
  grad: Tensor | null = null;
  /** Whether gradients are computed for this variable (and recorded through ops that use it). */
  readonly requiresGrad: boolean;
  /** @internal The recorded op call that produced this variable; null for a leaf. */
  creator: GraphNode | null = null;
  /** @internal Which output of `creator` this variable is. */
  outputIndex = 0;

  /**
   * Wraps `value` (not copied). Usually created with {@link variable} or
   * {@link parameter}; ops create their outputs themselves.
   */
  constructor(value: Tensor, options: VariableOptions = {}) {
    if (value instanceof Variable || !isTensor(value)) {
      throw new ValueError(`Variable(value): value must be a Tensor, got ${describe(value)}`);
    }
    this.value = value;
    this.requiresGrad = options.requiresGrad === true;
  }

  /** The shape of `value`. */
  get shape(): Shape {
    return this.value.shape;
  }

  /** The rank of `value` (0 for a scalar). */
  get rank(): number {
    return this.value.rank;
  }

  /** The number of elements of `value`. */
  get size(): number {
    return this.value.size;
  }

  /** The elements of `value` (its Float32Array, not a copy). */
  get data(): Float32Array {
    return this.value.data;
  }

  /** True when no op made this variable (you created it). */
  get isLeaf(): boolean {
    return this.creator === null;
  }

  /** The name of the op that made this variable, or null for a leaf or an unrecorded result. */
  get op(): string | null {
    return this.creator === null ? null : this.creator.name;
  }

  /** The single value of a one-element variable. Throws ShapeError otherwise. */
  item(): number {
    return this.value.item();
  }

  /**
   * Computes the gradient of this variable with respect to every leaf that
   * requires one, and ADDS it to their `.grad`. See {@link backward}.
   *
   * @param gradOutput the gradient of the final objective with respect to this
   *   variable, its shape (or a number filling it); may be omitted only when
   *   this variable has one element, where it defaults to 1.
   */
  backward(gradOutput?: Tensor | number): void {
    backward(this, gradOutput);
  }

  /** Sets `.grad` back to null, so the next backward starts from zero. */
  zeroGrad(): void {
    this.grad = null;
  }

  /**
   * Keeps this intermediate variable's gradient in `.grad` after backward (a
   * leaf always keeps it). Throws ValueError if it does not require a gradient.
   * Returns this variable.
   */
  retainGrad(): this {
    if (!this.requiresGrad) {
      throw new ValueError(`retainGrad(): this variable of shape ${formatShape(this.shape)} does not require a gradient`);
    }
    const creator = this.creator;
    if (creator !== null) {
      creator.retained ??= new Array<Variable | undefined>(creator.outputCount);
      creator.retained[this.outputIndex] = this;
    }
    return this;
  }

  /** A new Variable sharing this one's value, with no history and `requiresGrad` false. */
  detach(): Variable {
    return new Variable(this.value);
  }

  /** The value, followed by the op that made it or whether it requires a gradient. */
  toString(): string {
    const origin = this.creator !== null ? `op=${this.creator.name}` : `requiresGrad=${this.requiresGrad}`;
    return `Variable(${this.value.toString()}, ${origin})`;
  }

  /** Node's `console.log` uses this. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}

/**
 * A Variable that a Module owns and an optimizer updates: it always requires a
 * gradient. The optimizer writes `param.value.data` in place and reads
 * `param.grad`.
 *
 * @example
 * ```ts
 * const weight = new Parameter(randn([4, 3], { seed: 0 }));
 * weight.requiresGrad // true
 * ```
 */
export class Parameter extends Variable {
  /** Wraps `value` (not copied: in-place updates are visible to whoever holds the tensor). */
  constructor(value: Tensor) {
    super(value, { requiresGrad: true });
  }

  override toString(): string {
    return `Parameter(${this.value.toString()})`;
  }
}

/**
 * True when `value` is a {@link Variable} (including a Parameter).
 *
 * @example
 * ```ts
 * isVariable(variable(1)) // true
 * isVariable(tensor(1))   // false
 * ```
 */
export function isVariable(value: unknown): value is Variable {
  return value instanceof Variable;
}

/**
 * Creates a leaf Variable from a Tensor (wrapped, not copied), nested arrays,
 * a flat array or a number.
 *
 * @example
 * ```ts
 * const x = variable([[1, 2], [3, 4]], { requiresGrad: true });
 * x.shape // [2, 2]
 * variable(3).requiresGrad // false
 * ```
 */
export function variable(values: Tensor | NestedArray | FlatArray, options: VariableOptions = {}): Variable {
  return new Variable(toTensor('variable', values), options);
}

/**
 * Creates a {@link Parameter} from a Tensor (wrapped, not copied) or array values.
 *
 * @example
 * ```ts
 * const bias = parameter([0, 0, 0]);
 * bias.shape        // [3]
 * bias.requiresGrad // true
 * ```
 */
export function parameter(values: Tensor | NestedArray | FlatArray): Parameter {
  return new Parameter(toTensor('parameter', values));
}

function toTensor(op: string, values: Tensor | NestedArray | FlatArray): Tensor {
  if (values instanceof Variable) {
    throw new ValueError(`${op}(values): got a Variable; use it as is, or call .detach() for a copy without history`);
  }
  if (isTensor(values)) return values;
  return tensor(values);
}

/** A short description of an unexpected value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `a ${(value as object).constructor?.name ?? 'object'}`;
  return `${typeof value} ${String(value)}`;
}
