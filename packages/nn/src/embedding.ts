/**
 * Embedding: a table of learned vectors, looked up by integer id.
 */
import { Parameter, Variable, defineOp, type Input } from '@mnemo/autograd';
import { IndexError, Tensor, ValueError, isTensor, tensor, type NestedArray, type RandomSource, type Shape, rngFrom } from '@mnemo/tensor';
import { normal } from './init/normal.js';
import { Module } from './module.js';

/** Options for {@link Embedding}. */
export type EmbeddingOptions = RandomSource & {
  /** The id of the padding token: its row starts at zero and never receives a gradient. Negative counts from the end. */
  paddingIndex?: number;
  /**
   * Standard deviation of the initial vectors, N(0, std²). Default 1, PyTorch's
   * choice; small tables trained on little data often do better from smaller
   * vectors (the sentiment app uses 0.1, measured: 70% -> 82% test accuracy).
   */
  std?: number;
};

/** Ids for {@link Embedding.forward}: a Tensor of integer-valued floats, or (nested) arrays of integers. */
export type EmbeddingIds = Tensor | Variable | readonly number[] | readonly (readonly number[])[];

interface LookupOptions {
  ids: Float32Array;
  idsShape: Shape;
  paddingIndex: number | null;
}

// A dedicated op rather than a generic gather: the padding row must receive no gradient (which a
// gather's backward cannot express), and the backward scatter-adds each output row straight into
// one dense [num, dim] gradient, so an id repeated in a batch accumulates without temporaries.
const lookup = defineOp({
  name: 'embedding',
  forward: ([weight], { ids, idsShape }: LookupOptions) => {
    const dim = weight.shape[1];
    const out = new Float32Array(ids.length * dim);
    for (let i = 0; i < ids.length; i++) out.set(weight.data.subarray(ids[i] * dim, (ids[i] + 1) * dim), i * dim);
    return new Tensor(out, [...idsShape, dim]);
  },
  // dW[id] += dY[i] for every position i holding id, except the padding id.
  backward: (gradOutput, { inputs: [weight], options: { ids, paddingIndex } }) => {
    const dim = weight.shape[1];
    const gradWeight = new Float32Array(weight.size);
    const grad = gradOutput.data;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (id === paddingIndex) continue;
      const row = id * dim;
      const source = i * dim;
      for (let j = 0; j < dim; j++) gradWeight[row + j] += grad[source + j];
    }
    return [new Tensor(gradWeight, weight.shape)];
  },
});

/**
 * Looks up rows of `weight` by id (the functional form of {@link Embedding}).
 * Ids must already be valid integers in range (Embedding checks them).
 * @internal
 */
export function embeddingLookup(weight: Input, ids: Tensor, paddingIndex: number | null = null): Variable {
  return lookup([weight], { ids: ids.data, idsShape: ids.shape, paddingIndex });
}

/**
 * A lookup table of `numEmbeddings` learned vectors of size `embeddingDim`:
 * `forward(ids)` returns the row of each id. Initialized N(0, std²), std = 1
 * by default like PyTorch's `nn.Embedding`; the `paddingIndex` row starts at zero and gets
 * no gradient, so padding stays a zero vector.
 *
 * y[..., :] = weight[ids[...], :]; gradient: a scatter-add of the output
 * gradient into the rows of `weight` (repeated ids accumulate).
 *
 * Shapes: weight [numEmbeddings, embeddingDim]; ids any shape S -> output [...S, embeddingDim].
 *
 * @example
 * ```ts
 * const embed = new Embedding(1000, 64, { paddingIndex: 0, seed: 0 });
 * embed.forward([[5, 9, 0], [7, 0, 0]]).shape // [2, 3, 64]
 * ```
 */
export class Embedding extends Module {
  /** The table, [numEmbeddings, embeddingDim]. */
  readonly weight: Parameter;
  /** The number of rows (the vocabulary size). */
  readonly numEmbeddings: number;
  /** The size of each vector. */
  readonly embeddingDim: number;
  /** The padding id (resolved to a non-negative index), or null. */
  readonly paddingIndex: number | null;

  constructor(numEmbeddings: number, embeddingDim: number, options: EmbeddingOptions) {
    super();
    const op = 'Embedding(numEmbeddings, embeddingDim, options)';
    for (const [name, value] of [['numEmbeddings', numEmbeddings], ['embeddingDim', embeddingDim]] as const) {
      if (!Number.isInteger(value) || value <= 0) throw new ValueError(`${op}: ${name} must be a positive integer, got ${String(value)}`);
    }
    const { paddingIndex, std = 1 } = options ?? {};
    if (typeof std !== 'number' || !Number.isFinite(std) || std < 0) {
      throw new ValueError(`${op}: std must be a finite number >= 0, got ${String(std)}`);
    }
    if (paddingIndex !== undefined && (!Number.isInteger(paddingIndex) || paddingIndex < -numEmbeddings || paddingIndex >= numEmbeddings)) {
      throw new ValueError(`${op}: paddingIndex must be an integer in [${-numEmbeddings}, ${numEmbeddings}), got ${String(paddingIndex)}`);
    }
    this.numEmbeddings = numEmbeddings;
    this.embeddingDim = embeddingDim;
    this.paddingIndex = paddingIndex === undefined ? null : paddingIndex < 0 ? paddingIndex + numEmbeddings : paddingIndex;
    const weight = normal([numEmbeddings, embeddingDim], 0, std, { rng: rngFrom(op, options) });
    if (this.paddingIndex !== null) weight.data.fill(0, this.paddingIndex * embeddingDim, (this.paddingIndex + 1) * embeddingDim);
    this.weight = new Parameter(weight);
  }

  /**
   * The vector of each id. Throws IndexError naming the id and its position
   * for an id that is not an integer in [0, numEmbeddings): map unknown words
   * to an `<unk>` id before this point.
   *
   * Shapes: ids S (any shape, e.g. [batch, time]) -> [...S, embeddingDim].
   */
  forward(ids: EmbeddingIds): Variable {
    const table = toIds(ids);
    const { data, shape } = table;
    for (let i = 0; i < data.length; i++) {
      const id = data[i];
      if (!Number.isInteger(id) || id < 0 || id >= this.numEmbeddings) {
        const problem = Number.isInteger(id) ? `is out of range for ${this.numEmbeddings} embeddings` : 'is not an integer';
        throw new IndexError(`Embedding.forward(ids): id ${id} at position [${unravel(i, shape).join(',')}] ${problem}`);
      }
    }
    return embeddingLookup(this.weight, table, this.paddingIndex);
  }
}

function toIds(ids: EmbeddingIds): Tensor {
  if (ids instanceof Variable) return ids.value;
  if (isTensor(ids)) return ids;
  if (Array.isArray(ids)) return tensor(ids as NestedArray);
  throw new ValueError(`Embedding.forward(ids): ids must be a Tensor or (nested) arrays of integers, got ${ids === null ? 'null' : typeof ids}`);
}

/** The multi-index of a flat row-major position. */
function unravel(flat: number, shape: Shape): number[] {
  const index = new Array<number>(shape.length);
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    index[axis] = flat % shape[axis];
    flat = Math.floor(flat / shape[axis]);
  }
  return index;
}
