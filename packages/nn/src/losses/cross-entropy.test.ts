import { variable } from '@mnemo/autograd';
import { IndexError, ShapeError, ValueError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { crossEntropy } from './cross-entropy.js';
import { checkGradient, expectValues } from './test-helpers.js';

const logits = tensor([[1, 2, 3], [1, 1, 1], [0.5, -1, 2], [3, 0, -2]]);
const labels = [2, 0, 1, 0];

/** −log softmax(row)[c] in float64. */
function negativeLogProbability(row: readonly number[], c: number): number {
  const max = Math.max(...row);
  return max + Math.log(row.reduce((total, x) => total + Math.exp(x - max), 0)) - row[c];
}
const rows = (logits.toArray() as number[][]);
/** PyTorch's definition: lᵢ = −Σ_c w_c·qᵢ[c]·log pᵢ[c] with q = (1−ε)·one-hot + ε/C. */
function reference(i: number, label: number, smoothing = 0, weights = [1, 1, 1]): number {
  return weights.reduce((total, w, c) => total + w * ((c === label ? 1 - smoothing : 0) + smoothing / 3) * negativeLogProbability(rows[i], c), 0);
}
const plain = labels.map((label, i) => reference(i, label));

describe('crossEntropy', () => {
  it('computes known values in each reduction', () => {
    expect(crossEntropy(variable([[0, 0]]), [1]).item()).toBeCloseTo(Math.LN2, 6);
    expect(plain[0]).toBeCloseTo(0.40760596, 7); // 3 − log(e + e² + e³)
    expectValues(crossEntropy(logits, labels, { reduction: 'none' }), plain);
    expectValues(crossEntropy(logits, tensor(labels), { reduction: 'sum' }), [plain.reduce((a, b) => a + b)]);
    expectValues(crossEntropy(logits, labels), [plain.reduce((a, b) => a + b) / 4]);
  });

  it('matches PyTorch with class weights (weighted mean) and label smoothing', () => {
    const weights = [0.5, 2, 1];
    const weighted = labels.map((label, i) => reference(i, label, 0, weights));
    const total = labels.reduce((sum, label) => sum + weights[label], 0);
    expectValues(crossEntropy(logits, labels, { weight: weights }), [weighted.reduce((a, b) => a + b) / total]);
    expectValues(crossEntropy(logits, labels, { weight: weights, reduction: 'none' }), weighted);
    const smoothed = labels.map((label, i) => reference(i, label, 0.1));
    expectValues(crossEntropy(logits, labels, { labelSmoothing: 0.1, reduction: 'none' }), smoothed);
    expect(crossEntropy(tensor([[1, 2, 3]]), [2], { labelSmoothing: 0.1 }).item()).toBeCloseTo(0.5076, 4); // torch: 0.5076
    const both = labels.map((label, i) => reference(i, label, 0.2, weights));
    expectValues(crossEntropy(logits, labels, { weight: weights, labelSmoothing: 0.2 }), [both.reduce((a, b) => a + b) / total]);
  });

  it('skips ignoreIndex targets and masked samples, in the sum and in the mean count', () => {
    expectValues(crossEntropy(logits, [2, -100, 1, -100], { ignoreIndex: -100 }), [(plain[0] + plain[2]) / 2]);
    expectValues(crossEntropy(logits, [2, -100, 1, -100], { ignoreIndex: -100, reduction: 'none' }), [plain[0], 0, plain[2], 0]);
    expectValues(crossEntropy(logits, labels, { mask: [1, 1, 0, 0] }), [(plain[0] + plain[1]) / 2]);
    expectValues(crossEntropy(logits, labels, { mask: [1, 0.5, 0, 0], reduction: 'sum' }), [plain[0] + 0.5 * plain[1]]);
    expect(crossEntropy(logits, labels, { mask: [0, 0, 0, 0] }).item()).toBe(0);
  });

  it('passes gradCheck in each reduction with weight, mask, ignoreIndex and label smoothing', () => {
    const options = { weight: [0.5, 2, 1], mask: [1, 0.5, 1, 1], ignoreIndex: 7, labelSmoothing: 0.1 };
    for (const reduction of ['mean', 'sum', 'none'] as const) {
      checkGradient((x) => crossEntropy(x, labels, { reduction }), [logits]);
      checkGradient((x) => crossEntropy(x, [2, 7, 1, 0], { reduction, ...options }), [logits]);
    }
  });

  it('has gradient softmax − one-hot, averaged', () => {
    const x = variable([[0, 0]], { requiresGrad: true });
    crossEntropy(x, [1]).backward();
    expectValues(x.grad!, [0.5, -0.5]);
  });

  it('rejects bad shapes, class indices and options', () => {
    expect(() => crossEntropy(tensor([1, 2, 3]), [0])).toThrow(ShapeError);
    expect(() => crossEntropy(tensor([1, 2, 3]), [0])).toThrow('crossEntropy(logits, targets): logits must be [N, C] (samples, classes), got [3]');
    expect(() => crossEntropy(logits, [0, 1])).toThrow('logits are [4,3], so targets must be [4] class indices, got [2]');
    expect(() => crossEntropy(logits, [0, 1, 3, 0])).toThrow(IndexError);
    expect(() => crossEntropy(logits, [0, 1, 3, 0])).toThrow('targets[2] = 3 is not a class index in [0, 3)');
    expect(() => crossEntropy(logits, [0, 1.5, 2, 0])).toThrow('targets[1] = 1.5 is not a class index');
    expect(() => crossEntropy(logits, labels, { weight: [1, 2] })).toThrow('options.weight must hold one weight per class, [3], got [2]');
    expect(() => crossEntropy(logits, labels, { labelSmoothing: 1.5 })).toThrow(ValueError);
    expect(() => crossEntropy(logits, labels, { mask: [1, 1] })).toThrow(ShapeError);
  });
});
