/**
 * Activations inside whole expressions, gradient-checked end to end.
 */
import { add, chunk, gather, matMul, mean, mul, neg, reshape, variable, type Variable } from '@mnemo/autograd';
import { assertGradCheck } from '@mnemo/autograd/testing';
import { randn } from '@mnemo/tensor';
import { describe, it } from 'vitest';
import { gelu } from './gelu.js';
import { logSoftmax } from './softmax.js';
import { sigmoid } from './sigmoid.js';
import { tanh } from './tanh.js';

/** Mean negative log-likelihood of `labels` under softmax(logits). */
function crossEntropy(logits: Variable, labels: number[]): Variable {
  const [batch, classes] = logits.shape;
  const flat = reshape(logSoftmax(logits), [batch * classes]);
  return neg(mean(gather(flat, labels.map((label, row) => row * classes + label))));
}

describe('activations in composite expressions', () => {
  it('a 2-layer tanh MLP with softmax cross-entropy passes gradCheck', () => {
    const inputs = [randn([4, 3], { seed: 1 }), randn([5, 3], { seed: 2, std: 0.6 }), randn([5], { seed: 3 }), randn([3, 5], { seed: 4, std: 0.6 }), randn([3], { seed: 5 })];
    assertGradCheck(
      (x, w1, b1, w2, b2) => crossEntropy(add(matMul(tanh(add(matMul(x, w1, { transposeB: true }), b1)), w2, { transposeB: true }), b2), [0, 2, 1, 2]),
      inputs,
    );
  });

  it('one LSTM cell step composed from sigmoid, tanh and chunk passes gradCheck', () => {
    const hidden = 3;
    const inputs = [
      randn([2, 4], { seed: 6 }), // x
      randn([2, hidden], { seed: 7 }), // h
      randn([2, hidden], { seed: 8 }), // c
      randn([4 * hidden, 4], { seed: 9, std: 0.5 }), // weight_ih
      randn([4 * hidden, hidden], { seed: 10, std: 0.5 }), // weight_hh
      randn([4 * hidden], { seed: 11, std: 0.1 }), // bias
    ];
    assertGradCheck((x, h, c, weightIh, weightHh, bias) => {
      const gates = add(add(matMul(x, weightIh, { transposeB: true }), matMul(h, weightHh, { transposeB: true })), bias);
      const [i, f, g, o] = chunk(gates, 4, -1);
      const nextC = add(mul(sigmoid(f), c), mul(sigmoid(i), tanh(g)));
      return mul(sigmoid(o), tanh(nextC));
    }, inputs);
  });

  it('gelu feeding softmax passes gradCheck', () => {
    const constant = variable(randn([2, 4], { seed: 12 }));
    assertGradCheck((x) => mul(logSoftmax(gelu(x), 0), constant), [randn([2, 4], { seed: 13 })]);
  });
});
