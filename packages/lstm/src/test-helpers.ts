/**
 * Helpers for this package's tests (not exported): gradient-checking a
 * module's own parameters, and the reference LSTM built by looping LSTMCell.
 */
import { concat, defineOp, permute, slice, type Parameter, type Variable } from '@mnemo/autograd';
import { Tensor, type Rng } from '@mnemo/tensor';
import { LSTMCell } from './lstm-cell.js';
import type { LSTM } from './lstm.js';
import { RNN } from './rnn.js';

const bridge = defineOp<{ inner: Variable; parameters: readonly Parameter[] }>({
  name: 'parameterBridge',
  forward: (_inputs, { inner }) => inner.value,
  backward(gradOutput, { options: { inner, parameters } }) {
    for (const parameter of parameters) parameter.zeroGrad();
    inner.backward(gradOutput);
    return parameters.map((parameter) => parameter.grad ?? new Tensor(new Float32Array(parameter.size), parameter.shape));
  },
});

/**
 * Turns "run a module" into a function of its parameters, for gradCheck:
 * gradCheck passes copies of the parameters as leaves; each call copies the
 * leaves' values into the module's parameters, runs it, and routes the
 * parameters' gradients back to the leaves. Other leaves (inputs, states) are
 * used by `run` directly.
 *
 * @example
 * ```ts
 * const params = cell.parameters();
 * gradCheck(withParameters(params, (x) => cell.step(x, state).output), [...params, x]);
 * ```
 */
export function withParameters(parameters: readonly Parameter[], run: (...others: Variable[]) => Variable): (...leaves: Variable[]) => Variable {
  return (...leaves) => {
    const own = leaves.slice(0, parameters.length);
    own.forEach((leaf, k) => parameters[k].value.data.set(leaf.value.data));
    const inner = run(...leaves.slice(parameters.length));
    return bridge(own, { inner, parameters });
  };
}

/** A random tensor with entries uniform in [-scale, scale). */
export function randomTensor(shape: number[], rng: Rng, scale = 1): Tensor {
  const data = new Float32Array(shape.reduce((a, b) => a * b, 1));
  for (let k = 0; k < data.length; k++) data[k] = scale * (2 * rng.next() - 1);
  return new Tensor(data, shape);
}

/**
 * The same computation as `lstm.forward`, built by looping LSTMCell with
 * RNN() layer by layer. The cells use the LSTM's own Parameter objects, so
 * gradients of both land in the same `.grad`. No dropout.
 */
export function referenceLSTM(
  lstm: LSTM, x: Variable, options: { lengths?: number[]; initialState?: [Variable, Variable] } = {},
): { output: Variable; hidden: Variable[] } {
  const directions = lstm.bidirectional ? 2 : 1;
  const byName = lstm as unknown as Record<string, Parameter>;
  let input = lstm.batchFirst ? permute(x, [1, 0, 2]) : x;
  const finals: Variable[][] = [[], []];
  for (let layer = 0; layer < lstm.numLayers; layer++) {
    const cells = [0, 1].slice(0, directions).map((direction) => {
      const suffix = `_l${layer}${direction === 1 ? '_reverse' : ''}`;
      const cell = new LSTMCell(input.shape[2], lstm.hiddenSize, { seed: 0, bias: lstm.bias });
      const writable = cell as unknown as Record<string, Parameter | null>;
      writable.weight_ih = byName[`weight_ih${suffix}`];
      writable.weight_hh = byName[`weight_hh${suffix}`];
      writable.bias_ih = lstm.bias ? byName[`bias_ih${suffix}`] : null;
      writable.bias_hh = lstm.bias ? byName[`bias_hh${suffix}`] : null;
      return cell;
    });
    const rnn = new RNN(cells[0], directions === 2 ? { bidirectional: true, reverseCell: cells[1] } : {});
    const initialState = options.initialState?.map((state) =>
      slice(state, [layer * directions, 0, 0], [directions, state.shape[1], state.shape[2]]));
    const result = rnn.forward(input, { lengths: options.lengths, initialState });
    input = result.output;
    result.hidden.forEach((state, k) => {
      for (let direction = 0; direction < directions; direction++) finals[k].push(slice(state, [direction, 0, 0], [1, state.shape[1], state.shape[2]]));
    });
  }
  const output = lstm.batchFirst ? permute(input, [1, 0, 2]) : input;
  return { output, hidden: finals.map((states) => concat(states, 0)) };
}
