import { ValueError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { clip } from './clip.js';
import { assertGradCheck } from './testing/index.js';
import { parameter, variable } from './variable.js';

describe('clip', () => {
  it('clamps into [min, max]', () => {
    expect(clip(variable([-2, 0.5, 3]), 0, 1).value.toArray()).toEqual([0, 0.5, 1]);
    expect(clip(variable([-2, 3]), -Infinity, 1).value.toArray()).toEqual([-2, 1]);
  });

  it('passes the gradient on the closed range, 0 outside', () => {
    const x = parameter([-2, 0, 0.5, 1, 3]);
    clip(x, 0, 1).backward(tensor([1, 1, 1, 1, 1]));
    expect(x.grad?.toArray()).toEqual([0, 1, 1, 1, 0]);
  });

  it('passes gradCheck away from the bounds', () => {
    assertGradCheck((v) => clip(v, -0.5, 0.5), [tensor([[-1.5, -0.2, 0.1], [0.3, 0.9, -0.8]])]);
    assertGradCheck((v) => clip(v, -1, 1), [tensor(0.25)]);
  });

  it('rejects min > max', () => {
    expect(() => clip(variable([1]), 2, 1)).toThrow(ValueError);
  });
});
