import { describe, expect, it } from 'vitest';
import { isGradEnabled, noGrad } from './grad-mode.js';
import { mul } from './mul.js';
import { parameter } from './variable.js';

describe('noGrad', () => {
  it('records nothing inside, and restores recording after', () => {
    const w = parameter([1, 2]);
    const inside = noGrad(() => mul(w, 3));
    expect(inside.requiresGrad).toBe(false);
    expect(inside.op).toBeNull();
    expect(inside.value.toArray()).toEqual([3, 6]);
    expect(isGradEnabled()).toBe(true);
    expect(mul(w, 3).requiresGrad).toBe(true);
  });

  it('nests, and restores the mode when fn throws', () => {
    noGrad(() => {
      noGrad(() => expect(isGradEnabled()).toBe(false));
      expect(isGradEnabled()).toBe(false);
    });
    expect(() =>
      noGrad(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(isGradEnabled()).toBe(true);
  });
});
