import { add, log, mul, neg, sub, variable } from '@mnemo/autograd';
import { sigmoid } from '@mnemo/activations';
import { ShapeError, ValueError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { binaryCrossEntropyWithLogits } from './binary-cross-entropy-with-logits.js';
import { checkGradient, expectValues, softplus } from './test-helpers.js';

const logits = tensor([0, 2, -3, 0.5]);
const targets = tensor([1, 0, 0.5, 1]);
/** Reference per-element loss in float64: -(y log σ(x) + (1-y) log(1-σ(x))) = y·softplus(-x) + (1-y)·softplus(x), times p on the positive term. */
const reference = (x: number, y: number, p = 1): number => p * y * softplus(-x) + (1 - y) * softplus(x);
const perElement = Array.from(logits.data, (x, i) => reference(x, targets.data[i]));

describe('binaryCrossEntropyWithLogits', () => {
  it('computes known values in each reduction', () => {
    expect(binaryCrossEntropyWithLogits(variable([0]), tensor([1])).item()).toBeCloseTo(Math.LN2, 6);
    expectValues(binaryCrossEntropyWithLogits(logits, targets, { reduction: 'none' }), perElement);
    expectValues(binaryCrossEntropyWithLogits(logits, targets, { reduction: 'sum' }), [perElement.reduce((a, b) => a + b)]);
    expectValues(binaryCrossEntropyWithLogits(logits, targets), [perElement.reduce((a, b) => a + b) / 4]);
  });

  it('stays finite and exact for huge logits, where the composed form overflows', () => {
    const huge = variable([100, -100, 100, -100, 30], { requiresGrad: true });
    const loss = binaryCrossEntropyWithLogits(huge, tensor([0, 1, 1, 0, 0]), { reduction: 'none' });
    expectValues(loss, [100, 100, 0, 0, 30]);
    loss.backward(tensor([1, 1, 1, 1, 1]));
    expectValues(huge.grad!, [1, -1, 0, 0, 1]);
  });

  it('equals the composition it replaces, in value and gradient', () => {
    const fused = variable(logits, { requiresGrad: true });
    const composed = variable(logits, { requiresGrad: true });
    const fusedLoss = binaryCrossEntropyWithLogits(fused, targets, { reduction: 'sum' });
    const p = sigmoid(composed);
    const composedLoss = neg(add(mul(targets, log(p)), mul(sub(1, targets), log(sub(1, p)))));
    fusedLoss.backward();
    composedLoss.backward(tensor([1, 1, 1, 1]));
    expect(fusedLoss.item()).toBeCloseTo(Array.from(composedLoss.data).reduce((a, b) => a + b), 5);
    expectValues(fused.grad!, Array.from(composed.grad!.data));
    expectValues(fused.grad!, Array.from(logits.data, (x, i) => 1 / (1 + Math.exp(-x)) - targets.data[i]));
  });

  it('applies weight, posWeight and mask; a masked mean divides by the mask total', () => {
    const weight = tensor([2, 1, 1, 0.5]);
    const mask = tensor([1, 1, 0, 1]);
    expectValues(binaryCrossEntropyWithLogits(logits, targets, { weight }), [(2 * perElement[0] + perElement[1] + perElement[2] + 0.5 * perElement[3]) / 4]);
    expectValues(binaryCrossEntropyWithLogits(logits, targets, { mask }), [(perElement[0] + perElement[1] + perElement[3]) / 3]);
    expectValues(binaryCrossEntropyWithLogits(logits, targets, { mask, reduction: 'sum' }), [perElement[0] + perElement[1] + perElement[3]]);
    expectValues(binaryCrossEntropyWithLogits(logits, targets, { mask, weight, reduction: 'none' }), [2 * perElement[0], perElement[1], 0, 0.5 * perElement[3]]);
    const withPositive = Array.from(logits.data, (x, i) => reference(x, targets.data[i], 3));
    expectValues(binaryCrossEntropyWithLogits(logits, targets, { posWeight: tensor([3]), reduction: 'none' }), withPositive);
  });

  it('broadcasts a per-sample mask over classes, and a fully masked mean is 0 with zero gradient', () => {
    const x = variable([[1, -1], [2, 0.5]], { requiresGrad: true });
    const y = tensor([[1, 0], [0, 1]]);
    const loss = binaryCrossEntropyWithLogits(x, y, { mask: tensor([[1], [0]]) });
    expectValues(loss, [(softplus(-1) + softplus(-1)) / 2]);
    const none = binaryCrossEntropyWithLogits(x, y, { mask: tensor([[0], [0]]) });
    expect(none.item()).toBe(0);
    none.backward();
    expect(Array.from(x.grad!.data, Math.abs)).toEqual([0, 0, 0, 0]);
  });

  it('passes gradCheck in each reduction with weight, posWeight and mask', () => {
    const grid = tensor([[0.3, -1.2, 2.1], [-0.4, 0.8, -2.5]]);
    const y = tensor([[1, 0, 0.25], [0, 1, 1]]);
    const options = { weight: tensor([1, 2, 0.5]), posWeight: tensor([1.5, 1, 2]), mask: tensor([[1], [0.5]]) };
    for (const reduction of ['mean', 'sum', 'none'] as const) {
      checkGradient((x) => binaryCrossEntropyWithLogits(x, y, { reduction }), [grid]);
      checkGradient((x) => binaryCrossEntropyWithLogits(x, y, { reduction, ...options }), [grid]);
    }
  });

  it('rejects mismatched shapes, targets outside [0, 1], bad masks and reductions', () => {
    expect(() => binaryCrossEntropyWithLogits(tensor([[1], [2]]), tensor([1, 0]))).toThrow(ShapeError);
    expect(() => binaryCrossEntropyWithLogits(tensor([[1], [2]]), tensor([1, 0]))).toThrow(
      'binaryCrossEntropyWithLogits(logits, targets): logits are [2,1], targets are [2]; the shapes must match',
    );
    expect(() => binaryCrossEntropyWithLogits(tensor([1, 2]), tensor([1, 2]))).toThrow('targets must lie in [0, 1], got 2 at flat position 1');
    expect(() => binaryCrossEntropyWithLogits(tensor([1]), tensor([NaN]))).toThrow(ValueError);
    expect(() => binaryCrossEntropyWithLogits(tensor([1, 2]), tensor([1, 0]), { mask: tensor([1, 1, 1]) })).toThrow(/options.mask is \[3\], which does not broadcast to \[2\]/);
    expect(() => binaryCrossEntropyWithLogits(tensor([1, 2]), tensor([1, 0]), { mask: tensor([1, -1]) })).toThrow(/finite and >= 0/);
    expect(() => binaryCrossEntropyWithLogits(tensor([1]), tensor([1]), { reduction: 'avg' as never })).toThrow(/'mean', 'sum' or 'none', got "avg"/);
  });
});
