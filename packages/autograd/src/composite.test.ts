/**
 * Whole expressions, gradient-checked end to end: a 2-layer MLP loss and a
 * softmax cross-entropy, built only from this package's ops.
 */
import { tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { add, neg, sub } from './add.js';
import { div } from './div.js';
import { gather } from './gather.js';
import { logSumExp } from './log-sum-exp.js';
import { matMul } from './mat-mul.js';
import { square } from './mul.js';
import { reshape } from './reshape.js';
import { mean, sum } from './sum.js';
import { assertGradCheck } from './testing/index.js';
import { random } from './test-helpers.js';
import { exp } from './unary.js';
import { parameter, variable, type Variable } from './variable.js';

const sigmoid = (x: Variable): Variable => div(1, add(1, exp(neg(x))));

/** mean((W2·σ(W1·x + b1) + b2 − target)²) for a batch x [4, 3]. */
function mlpLoss(x: Variable, w1: Variable, b1: Variable, w2: Variable, b2: Variable, target: Variable): Variable {
  const hidden = sigmoid(add(matMul(x, w1, { transposeB: true }), b1));
  const prediction = add(matMul(hidden, w2, { transposeB: true }), b2);
  return mean(square(sub(prediction, target)));
}

/** Mean negative log-likelihood of integer labels under softmax(logits), via logSumExp and gather. */
function softmaxCrossEntropy(logits: Variable, labels: number[]): Variable {
  const logProbabilities = sub(logits, logSumExp(logits, -1, true));
  const [batch, classes] = logits.shape;
  const flat = reshape(logProbabilities, [batch * classes]);
  const picked = gather(flat, labels.map((label, row) => row * classes + label));
  return neg(mean(picked));
}

describe('composite expressions', () => {
  const x = random([4, 3], 1);
  const target = random([4, 2], 2);
  const weights = [random([5, 3], 3, 0.7), random([5], 4), random([2, 5], 5, 0.7), random([2], 6)];

  it('a 2-layer MLP loss passes gradCheck for every parameter and the input', () => {
    const constantTarget = variable(target);
    assertGradCheck((input, w1, b1, w2, b2) => mlpLoss(input, w1, b1, w2, b2, constantTarget), [x, ...weights]);
  });

  it('softmax cross-entropy passes gradCheck and has gradient (softmax − onehot)/batch', () => {
    const logits = random([3, 4], 7, 2);
    assertGradCheck((z) => softmaxCrossEntropy(z, [1, 0, 3]), [logits]);

    const z = parameter([[0, 0, 0, 0]]);
    const loss = softmaxCrossEntropy(z, [2]);
    expect(loss.item()).toBeCloseTo(Math.log(4), 6);
    loss.backward();
    expect(Array.from(z.grad!.data)).toEqual([0.25, 0.25, -0.75, 0.25]);
  });

  it('the MLP loss decreases under plain gradient descent', () => {
    const parameters = weights.map((w) => parameter(tensor(Array.from(w.data), w.shape)));
    const [w1, b1, w2, b2] = parameters;
    const input = variable(x);
    const goal = variable(target);
    const first = mlpLoss(input, w1, b1, w2, b2, goal).item();
    for (let step = 0; step < 50; step++) {
      parameters.forEach((p) => p.zeroGrad());
      mlpLoss(input, w1, b1, w2, b2, goal).backward();
      for (const p of parameters) p.value.data.forEach((value, i) => (p.value.data[i] = value - 0.2 * p.grad!.data[i]));
    }
    expect(mlpLoss(input, w1, b1, w2, b2, goal).item()).toBeLessThan(first * 0.7);
    expect(sum(square(sub(goal, goal))).item()).toBe(0);
  });
});
