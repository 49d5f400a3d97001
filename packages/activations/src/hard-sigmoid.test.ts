import { parameter } from '@mnemo/autograd';
import { assertGradCheck } from '@mnemo/autograd/testing';
import { randn, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { hardSigmoid } from './hard-sigmoid.js';
import { EXTREMES, awayFrom, gradCheckShapes } from './test-helpers.js';

describe('hardSigmoid', () => {
  it('is relu6(x + 3)/6', () => {
    expect(hardSigmoid(tensor([-4, -3, 0, 1.5, 3, 4])).toArray()).toEqual([0, 0, 0.5, 0.75, 1, 1]);
    expect(Array.from(hardSigmoid(tensor(EXTREMES)).data)).toEqual([1, 0, 1, 0, 0.5, 0.5]);
  });

  it('has gradient 1/6 strictly inside (−3, 3), else 0', () => {
    const x = parameter([-4, -3, 0, 2.9, 3]);
    hardSigmoid(x).backward(tensor([6, 6, 6, 6, 6]));
    expect(x.grad?.toArray()).toEqual([0, 0, 1, 1, 0]);
    for (const shape of gradCheckShapes) assertGradCheck((v) => hardSigmoid(v), [awayFrom(randn(shape, { seed: 12, std: 3 }), [-3, 3])]);
  });
});
