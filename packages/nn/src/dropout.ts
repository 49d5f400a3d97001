/**
 * Dropout: randomly zeroes activations while training.
 */
import { Variable, mul, variable, type Input } from '@mnemo/autograd';
import { Tensor, ValueError, type RandomSource, type Rng, rngFrom } from '@mnemo/tensor';
import { Module } from './module.js';

/** Options for {@link Dropout}: `{ seed }` or `{ rng }` for the masks. */
export type DropoutOptions = RandomSource;

/**
 * Inverted dropout (Srivastava et al. 2014): in training mode each element
 * is zeroed with probability `p` and the survivors are scaled by 1/(1−p), so
 * the expected value is unchanged and evaluation needs no rescaling. In
 * evaluation mode (`eval()`) it is the identity.
 *
 * y = x ⊙ m / (1 − p),  m ~ Bernoulli(1 − p) elementwise, drawn fresh on every call
 *
 * The masks come from the module's own generator, seeded at construction:
 * the same seed gives the same sequence of masks.
 *
 * Shapes: any; the output has the input's shape.
 *
 * @example
 * ```ts
 * const dropout = new Dropout(0.5, { seed: 0 });
 * dropout.forward(variable([1, 1, 1, 1])).value.toArray() // e.g. [2, 0, 2, 0]
 * dropout.eval().forward(x) === x                          // true for a Variable x
 * ```
 */
export class Dropout extends Module {
  /** The probability of zeroing an element, in [0, 1). */
  readonly p: number;
  readonly #rng: Rng;

  constructor(p: number, options: DropoutOptions) {
    super();
    if (typeof p !== 'number' || !(p >= 0 && p < 1)) {
      throw new ValueError(`Dropout(p, options): p must be a probability in [0, 1), got ${String(p)}`);
    }
    this.p = p;
    this.#rng = rngFrom('Dropout(p, options)', options);
  }

  /**
   * Applies dropout (training mode) or returns the input unchanged (evaluation
   * mode, or p = 0; a Tensor or number is wrapped in a constant Variable).
   *
   * Shapes: `x` any; the result has the same shape.
   */
  forward(x: Input): Variable {
    if (!this.training || this.p === 0) return x instanceof Variable ? x : variable(x as Tensor | number);
    const shape = typeof x === 'number' ? [] : x.shape;
    const mask = new Float32Array(typeof x === 'number' ? 1 : x.size);
    const keep = 1 / (1 - this.p);
    for (let i = 0; i < mask.length; i++) mask[i] = this.#rng.next() < this.p ? 0 : keep;
    return mul(x, new Tensor(mask, shape));
  }
}
