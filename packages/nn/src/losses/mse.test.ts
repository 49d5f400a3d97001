import { variable } from '@mnemo/autograd';
import { ShapeError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { mse } from './mse.js';
import { checkGradient, expectValues } from './test-helpers.js';

const prediction = tensor([[1, 2], [3, 4]]);
const target = tensor([[1.5, 2], [1, 5]]);
const squares = [0.25, 0, 4, 1];

describe('mse', () => {
  it('computes known values in each reduction', () => {
    expectValues(mse(prediction, target), [5.25 / 4]);
    expectValues(mse(prediction, target, { reduction: 'sum' }), [5.25]);
    expectValues(mse(prediction, target, { reduction: 'none' }), squares);
    expect(mse(prediction, target, { reduction: 'none' }).shape).toEqual([2, 2]);
  });

  it('applies a weight (mean over all elements) and a per-sample mask (mean over the mask)', () => {
    expectValues(mse(prediction, target, { weight: tensor([2, 1]) }), [(0.5 + 0 + 8 + 1) / 4]);
    expectValues(mse(prediction, target, { mask: tensor([[1], [0]]) }), [0.25 / 2]);
    expectValues(mse(prediction, target, { mask: tensor([[1], [0]]), weight: tensor([2, 1]), reduction: 'none' }), [0.5, 0, 0, 0]);
  });

  it('passes gradCheck for both arguments in each reduction, with weight and mask', () => {
    for (const reduction of ['mean', 'sum', 'none'] as const) {
      checkGradient((p, t) => mse(p, t, { reduction }), [prediction, target]);
      checkGradient((p, t) => mse(p, t, { reduction, weight: tensor([2, 0.5]), mask: tensor([[1], [0.5]]) }), [prediction, target]);
    }
  });

  it('has gradient 2(p − t)/n', () => {
    const p = variable([1, 3], { requiresGrad: true });
    mse(p, tensor([0, 0])).backward();
    expectValues(p.grad!, [1, 3]);
  });

  it('rejects mismatched shapes instead of broadcasting', () => {
    expect(() => mse(tensor([[1], [2]]), tensor([1, 2]))).toThrow(ShapeError);
    expect(() => mse(tensor([[1], [2]]), tensor([1, 2]))).toThrow('mse(prediction, target): prediction is [2,1], target is [2]; the shapes must match');
  });
});
