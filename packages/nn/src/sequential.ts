/**
 * Sequential: modules applied one after another.
 */
import { Variable, variable, type Input } from '@mnemo/autograd';
import { ValueError } from '@mnemo/tensor';
import { describeValue } from './describe-value.js';
import { Module, isModule } from './module.js';

/** A module that Sequential can chain: its `forward` takes one input and returns a Variable. */
export type SequentialLayer = Module & { forward(input: Input): Variable };

/**
 * Chains modules: `forward(x)` feeds x to the first module, its output to
 * the second, and so on. The modules are registered under the names `0`,
 * `1`, ... as in PyTorch, so parameters are named `0.weight`, `2.bias`.
 *
 * Shapes: those of the layers; each layer's output must fit the next.
 *
 * @example
 * ```ts
 * const rng = createRng(0);
 * const mlp = new Sequential(new Linear(4, 16, { rng }), new Dropout(0.1, { rng }), new Linear(16, 2, { rng }));
 * mlp.forward(tensor([[1, 2, 3, 4]])).shape // [1, 2]
 * mlp.namedParameters().map(([name]) => name) // ['0.weight', '0.bias', '2.weight', '2.bias']
 * ```
 */
export class Sequential extends Module {
  readonly #layers: readonly SequentialLayer[];

  constructor(...layers: SequentialLayer[]) {
    super();
    layers.forEach((layer, index) => {
      if (!isModule(layer) || typeof (layer as { forward?: unknown }).forward !== 'function') {
        throw new ValueError(`Sequential(...layers): layer ${index} must be a Module with a forward method, got ${describeValue(layer)}`);
      }
      this.registerModule(String(index), layer);
    });
    this.#layers = Object.freeze([...layers]);
  }

  /** The layers, in order. */
  get layers(): readonly SequentialLayer[] {
    return this.#layers;
  }

  /** The number of layers. */
  get length(): number {
    return this.#layers.length;
  }

  /**
   * Runs the layers in order; with no layers, returns the input as a Variable.
   *
   * Shapes: the first layer's input -> the last layer's output.
   */
  forward(input: Input): Variable {
    if (this.#layers.length === 0) return input instanceof Variable ? input : variable(input as Exclude<Input, Variable>);
    let output: Input = input;
    for (const layer of this.#layers) output = layer.forward(output);
    return output as Variable;
  }
}
