/**
 * Linear: the fully connected layer y = x·Wᵀ + b.
 */
import { Parameter, add, matMul, reshape, type Input, type Variable } from '@mnemo/autograd';
import { ShapeError, ValueError, formatShape, type RandomSource, rngFrom } from '@mnemo/tensor';
import { uniform } from './init/uniform.js';
import { Module } from './module.js';

/** Options for {@link Linear}: whether to add a bias, and `{ seed }` or `{ rng }` for the initial weights. */
export type LinearOptions = RandomSource & {
  /** Add a learned bias. Default true. */
  bias?: boolean;
};

/**
 * A fully connected layer, laid out as PyTorch's `nn.Linear` (weight
 * [out, in]), so weights can be exchanged with PyTorch users:
 *
 * y = x·Wᵀ + b
 *
 * Initialized like PyTorch: W and b ~ U(−1/√in, 1/√in) (Kaiming uniform with
 * a = √5), drawn from the generator in the order weight, bias.
 *
 * Shapes: weight [outFeatures, inFeatures], bias [outFeatures];
 * x [..., inFeatures] -> [..., outFeatures] (any number of leading axes).
 *
 * @example
 * ```ts
 * const layer = new Linear(3, 2, { seed: 0 });
 * layer.forward(tensor([[1, 2, 3]])).shape   // [1, 2]
 * layer.forward(tensor([[[1, 2, 3]]])).shape // [1, 1, 2]
 * ```
 */
export class Linear extends Module {
  /** The weight, [outFeatures, inFeatures]. */
  readonly weight: Parameter;
  /** The bias, [outFeatures], or null with `bias: false`. */
  readonly bias: Parameter | null;
  /** The size of each input vector. */
  readonly inFeatures: number;
  /** The size of each output vector. */
  readonly outFeatures: number;

  constructor(inFeatures: number, outFeatures: number, options: LinearOptions) {
    super();
    const op = 'Linear(inFeatures, outFeatures, options)';
    for (const [name, value] of [['inFeatures', inFeatures], ['outFeatures', outFeatures]] as const) {
      if (!Number.isInteger(value) || value < 0) throw new ValueError(`${op}: ${name} must be a non-negative integer, got ${String(value)}`);
    }
    const { bias = true } = options ?? {};
    if (typeof bias !== 'boolean') throw new ValueError(`${op}: options.bias must be a boolean, got ${String(bias)}`);
    const rng = rngFrom(op, options);
    const bound = inFeatures === 0 ? 0 : 1 / Math.sqrt(inFeatures);
    this.inFeatures = inFeatures;
    this.outFeatures = outFeatures;
    this.weight = new Parameter(uniform([outFeatures, inFeatures], -bound, bound, { rng }));
    this.bias = bias ? new Parameter(uniform([outFeatures], -bound, bound, { rng })) : null;
  }

  /**
   * Applies the layer to the last axis of `x`: one matrix product with the
   * weight read transposed (no transposed copy), leading axes flattened into
   * rows so any batch shape is a single product.
   *
   * Shapes: x [..., inFeatures] -> [..., outFeatures].
   */
  forward(x: Input): Variable {
    const shape = typeof x === 'number' ? [] : x.shape;
    if (shape.length === 0 || shape[shape.length - 1] !== this.inFeatures) {
      throw new ShapeError(`Linear.forward(x): x is ${formatShape(shape)}, but the layer takes [..., ${this.inFeatures}] (inFeatures ${this.inFeatures})`);
    }
    const rows = shape.length === 2 ? x : reshape(x, [-1, this.inFeatures]);
    const product = matMul(rows, this.weight, { transposeB: true });
    const output = this.bias === null ? product : add(product, this.bias);
    return shape.length === 2 ? output : reshape(output, [...shape.slice(0, -1), this.outFeatures]);
  }
}
