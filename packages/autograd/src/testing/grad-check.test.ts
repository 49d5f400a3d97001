import { ShapeError, Tensor, randn, sumTo, tensor } from '@mnemo/tensor';
import * as raw from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { add, exp, mul, sum } from '../index.js';
import { defineOp } from '../define-op.js';
import { variable } from '../variable.js';
import { GradCheckError, assertGradCheck, gradCheck } from './grad-check.js';

/** exp with its gradient scaled by `factor` (1 is correct). */
const scaledExp = (factor: number) =>
  defineOp({
    name: `exp×${factor}`,
    forward: ([x]) => raw.exp(x),
    backward: (gradOutput, { output }) => [raw.mul(raw.mul(gradOutput, output), factor)],
  });

/** x·y with a broadcast y, whose backward can skip the reduction over broadcast axes. */
const broadcastMul = (reduce: boolean) =>
  defineOp({
    name: reduce ? 'mulReduced' : 'mulUnreduced',
    forward: ([x, y]) => raw.mul(x, y),
    backward: (gradOutput, { inputs: [x, y] }) => {
      const gradY = raw.mul(gradOutput, x);
      // The wrong variant keeps the right shape by taking one row instead of summing the rows.
      return [raw.mul(gradOutput, y), reduce ? sumTo(gradY, y.shape) : new Tensor(gradY.data.slice(0, y.size), y.shape)];
    },
  });

describe('gradCheck', () => {
  const x = randn([3, 4], { seed: 1 });

  it('passes on a correct backward, with an error far below the tolerance', () => {
    const result = gradCheck((v) => scaledExp(1)([v]), [x]);
    expect(result.passed).toBe(true);
    expect(result.op).toBe('exp×1');
    expect(result.checked).toBe(12);
    expect(result.worst!.error).toBeLessThan(result.worst!.allowed / 50);
  });

  it('fails on a backward off by 1% (either way), and reports where', () => {
    for (const factor of [1.01, 0.99]) {
      const result = gradCheck((v) => scaledExp(factor)([v]), [x]);
      expect(result.passed).toBe(false);
      expect(result.op).toBe(`exp×${factor}`);
      const worst = result.worst!;
      expect(worst.inputIndex).toBe(0);
      expect(worst.index).toEqual([Math.floor(worst.flatIndex / 4), worst.flatIndex % 4]);
      expect(Math.abs(worst.analytic / worst.numeric - factor)).toBeLessThan(1e-4);
      expect(result.message).toContain(`FAILED on 12 elements; worst at input 0, element ${worst.flatIndex} [${worst.index.join(',')}]`);
    }
  });

  it('with a tighter rtol, even a 0.1% error fails', () => {
    expect(gradCheck((v) => scaledExp(1)([v]), [x], { rtol: 1e-4 }).passed).toBe(true);
    expect(gradCheck((v) => scaledExp(1.001)([v]), [x], { rtol: 1e-4 }).passed).toBe(false);
  });

  it('fails on a sign error', () => {
    expect(gradCheck((v) => scaledExp(-1)([v]), [x]).passed).toBe(false);
  });

  it('fails on a missing broadcast reduction that keeps the right shape', () => {
    const inputs = [randn([3, 4], { seed: 2 }), randn([4], { seed: 3 })];
    expect(gradCheck((a, b) => broadcastMul(true)([a, b]), inputs).passed).toBe(true);
    const wrong = gradCheck((a, b) => broadcastMul(false)([a, b]), inputs);
    expect(wrong.passed).toBe(false);
    expect(wrong.worst!.inputIndex).toBe(1);
  });

  it('fails, without throwing, when backward returns a wrong shape; assertGradCheck throws', () => {
    const unreduced = defineOp({ name: 'unreduced', forward: ([a, b]) => raw.add(a, b), backward: (g) => [g, g] });
    const inputs = [randn([2, 3], { seed: 4 }), randn([3], { seed: 5 })];
    const result = gradCheck((a, b) => unreduced([a, b]), inputs);
    expect(result.passed).toBe(false);
    expect(result.error).toBeInstanceOf(ShapeError);
    expect(result.message).toContain('unreduced backward: gradient for input 1 is [2,3], but input 1 is [3]');
    expect(() => assertGradCheck((a, b) => unreduced([a, b]), inputs)).toThrow(GradCheckError);
  });

  it('fails when a gradient is missing (null where it should not be)', () => {
    const forgetful = defineOp({ name: 'forgetful', forward: ([a, b]) => raw.mul(a, b), backward: (g, { inputs: [, b] }) => [raw.mul(g, b), null] });
    const result = gradCheck((a, b) => forgetful([a, b]), [randn([3], { seed: 6 }), randn([3], { seed: 7 })]);
    expect(result.passed).toBe(false);
    expect(result.worst!.inputIndex).toBe(1);
    expect(result.worst!.analytic).toBe(0);
  });

  it('catches a wrong gradient in a single element', () => {
    const glitch = defineOp({
      name: 'glitch',
      forward: ([a]) => raw.square(a),
      backward: (g, { inputs: [a] }) => {
        const grad = raw.mul(raw.mul(g, a), 2);
        grad.data[5] *= 1.02;
        return [grad];
      },
    });
    const result = gradCheck((a) => glitch([a]), [randn([2, 2, 3], { seed: 8 })]);
    expect(result.passed).toBe(false);
    expect(result.worst!.flatIndex).toBe(5);
    expect(result.worst!.index).toEqual([0, 1, 2]);
  });

  it('treats Variables with requiresGrad false as constants and does not modify the inputs', () => {
    const a = randn([2, 3], { seed: 9 });
    const before = Float32Array.from(a.data);
    const constant = variable(randn([3], { seed: 10 }));
    const result = gradCheck((p, q) => mul(exp(p), q), [a, constant]);
    expect(result.passed).toBe(true);
    expect(result.checked).toBe(6);
    expect(Array.from(a.data)).toEqual(Array.from(before));
  });

  it('is sharp on composed functions: relative error around 1e-5 or better', () => {
    const result = gradCheck((a, b) => sum(mul(exp(a), add(b, 1)), 1), [randn([2, 5], { seed: 11 }), randn([5], { seed: 12 })]);
    expect(result.passed).toBe(true);
    expect(result.worst!.error).toBeLessThan(1e-4 * Math.max(1, Math.abs(result.worst!.numeric)));
  });

  it('validates its options and fn', () => {
    expect(() => gradCheck((v) => v, [x], { eps: 0 })).toThrow('gradCheck: need eps > 0');
    expect(() => gradCheck(() => tensor(1) as never, [x])).toThrow('gradCheck: fn must return a Variable');
  });
});
