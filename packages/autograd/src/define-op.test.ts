import { ShapeError, Tensor, ValueError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { defineOp } from './define-op.js';
import { noGrad } from './grad-mode.js';
import { Variable, parameter, variable } from './variable.js';
import { gradCheck } from './testing/index.js';

// Raw helpers so these engine tests depend on nothing but Tensor itself.
const map = (t: Tensor, f: (x: number, i: number) => number): Tensor => new Tensor(t.data.map(f), t.shape);
const times = (a: Tensor, b: Tensor): Tensor => map(a, (x, i) => x * b.data[i]);

/** y = x³, saving x² for backward: the worked example of the defineOp docs. */
const cube = defineOp({
  name: 'cube',
  forward([x]) {
    const squared = times(x, x);
    return { output: times(squared, x), saved: squared };
  },
  backward(gradOutput, { saved }) {
    return [map(times(gradOutput, saved), (value) => 3 * value)];
  },
});

/** Σ of all elements, to a scalar. */
const total = defineOp({
  name: 'total',
  forward: ([x]) => new Tensor(new Float32Array([x.data.reduce((a, b) => a + b, 0)]), []),
  backward: (gradOutput, { inputs }) => [map(inputs[0], () => gradOutput.item())],
});

/** y = factor · x, with a typed options argument. */
const scale = defineOp({
  name: 'scale',
  forward: ([x], { factor }: { factor: number }) => map(x, (value) => value * factor),
  backward: (gradOutput, { options }) => [map(gradOutput, (value) => value * options.factor)],
});

/** Two outputs from one forward: (x + y, x · y); counts its backward calls. */
let sumProductBackwardCalls = 0;
const sumProduct = defineOp({
  name: 'sumProduct',
  forward: ([x, y]) => ({ outputs: [map(x, (v, i) => v + y.data[i]), times(x, y)] }),
  backward([gradSum, gradProduct], { inputs: [x, y], needsInputGrad }) {
    sumProductBackwardCalls++;
    const gradFor = (other: Tensor): Tensor =>
      map(other, (value, i) => (gradSum?.data[i] ?? 0) + (gradProduct === null ? 0 : gradProduct.data[i] * value));
    return [needsInputGrad[0] ? gradFor(y) : null, needsInputGrad[1] ? gradFor(x) : null];
  },
});

/** Variadic: concatenates any number of vectors. */
const join = defineOp({
  name: 'join',
  forward: (parts) => new Tensor(Float32Array.from(parts.flatMap((part) => [...part.data])), [parts.reduce((n, part) => n + part.size, 0)]),
  backward(gradOutput, { inputs }) {
    let offset = 0;
    return inputs.map((input) => new Tensor(gradOutput.data.slice(offset, (offset += input.size)), input.shape));
  },
});

describe('defineOp', () => {
  it('runs forward and wraps the output in a Variable', () => {
    const y = cube([variable([1, 2, 3])]);
    expect(y).toBeInstanceOf(Variable);
    expect(y.value.toArray()).toEqual([1, 8, 27]);
    expect(y.requiresGrad).toBe(false);
    expect(y.op).toBeNull();
  });

  it('records when an input requires a gradient, and backward uses what forward saved', () => {
    const x = variable([1, 2, -3], { requiresGrad: true });
    const y = total([cube([x])]);
    expect(y.requiresGrad).toBe(true);
    expect(y.op).toBe('total');
    y.backward();
    expect(x.grad?.toArray()).toEqual([3, 12, 27]);
  });

  it('passes options to forward and backward', () => {
    const x = variable([1, 2], { requiresGrad: true });
    total([scale([x], { factor: -2.5 })]).backward();
    expect(x.grad?.toArray()).toEqual([-2.5, -2.5]);
  });

  it('accepts Tensors and numbers as constant inputs that get no gradient', () => {
    const x = parameter([1, 2]);
    const y = sumProduct([x, tensor([3, 4])]);
    expect(y.map((v) => v.value.toArray())).toEqual([[4, 6], [3, 8]]);
    const z = scale([5], { factor: 2 });
    expect(z.value.shape).toEqual([]);
    expect(z.item()).toBe(10);
  });

  it('supports variadic inputs', () => {
    const a = parameter([1, 2]);
    const b = parameter([3]);
    const joined = join([a, tensor([9, 9]), b]);
    expect(joined.value.toArray()).toEqual([1, 2, 9, 9, 3]);
    joined.backward(tensor([10, 20, 30, 40, 50]));
    expect(a.grad?.toArray()).toEqual([10, 20]);
    expect(b.grad?.toArray()).toEqual([50]);
  });

  it('supports several outputs: one backward call, null for outputs no gradient reached', () => {
    const x = parameter([1, 2]);
    const y = parameter([3, 4]);
    const [sumXY, productXY] = sumProduct([x, y]);
    expect(sumXY.op).toBe('sumProduct');
    sumProductBackwardCalls = 0;
    const loss = total([join([cube([sumXY]), productXY, productXY])]);
    loss.backward();
    expect(sumProductBackwardCalls).toBe(1);
    // d/dx [(x+y)³ + 2xy] = 3(x+y)² + 2y
    expect(x.grad?.toArray()).toEqual([3 * 16 + 6, 3 * 36 + 8]);
    expect(y.grad?.toArray()).toEqual([3 * 16 + 2, 3 * 36 + 4]);

    x.zeroGrad();
    const [, onlyProduct] = sumProduct([x, y]);
    sumProductBackwardCalls = 0;
    total([onlyProduct]).backward();
    expect(sumProductBackwardCalls).toBe(1);
    expect(x.grad?.toArray()).toEqual([3, 4]);
  });

  it('checks with gradCheck, multi-output included', () => {
    const inputs = [tensor([0.5, -1.5, 2]), tensor([1.25, 0.75, -0.5])];
    expect(gradCheck((a) => cube([a]), [inputs[0]]).passed).toBe(true);
    expect(gradCheck((a, b) => join(sumProduct([a, b])), inputs).passed).toBe(true);
  });

  it('records nothing inside noGrad', () => {
    const x = parameter([1, 2]);
    const y = noGrad(() => cube([x]));
    expect(y.requiresGrad).toBe(false);
    expect(y.isLeaf).toBe(true);
    expect(() => y.backward(tensor([1, 1]))).toThrow(ValueError);
  });

  it('throws ShapeError naming the op and input index when backward returns a wrong shape', () => {
    const broken = defineOp({
      name: 'brokenBroadcast',
      forward: ([a, b]) => map(a, (value) => value + b.data[0]),
      backward: (gradOutput) => [gradOutput, gradOutput], // forgot to reduce for input 1
    });
    const loss = total([broken([parameter([1, 2, 3]), parameter([1])])]);
    expect(() => loss.backward()).toThrow(ShapeError);
    expect(() => loss.backward()).toThrow('brokenBroadcast backward: gradient for input 1 is [3], but input 1 is [1]');
  });

  it('throws when backward returns the wrong number of gradients', () => {
    const broken = defineOp({ name: 'tooFew', forward: ([a]) => a, backward: () => [] });
    expect(() => total([broken([parameter([1])])]).backward()).toThrow('tooFew backward: must return one gradient (or null) per input, 1 in all; got 0 gradients');
  });

  it('validates the spec, the inputs and what forward returns', () => {
    expect(() => defineOp({ name: '', forward: ([a]) => a, backward: () => [null] })).toThrow(ValueError);
    expect(() => cube('x' as never)).toThrow('cube: inputs must be an array');
    expect(() => cube([[1, 2]] as never)).toThrow('cube: input 0 must be a Variable, Tensor or number, got an array');
    const bad = defineOp({ name: 'bad', forward: () => [] as never, backward: () => [] });
    expect(() => bad([1])).toThrow('bad: forward must return');
  });
});

describe('the defineOp documentation example', () => {
  it('runs as written', async () => {
    const { concat, mul, split, zerosLike } = await import('@mnemo/tensor');
    const { sum } = await import('./sum.js');
    const cubeOp = defineOp({
      name: 'cube',
      forward([x]) {
        const squared = mul(x, x);
        return { output: mul(squared, x), saved: squared };
      },
      backward(gradOutput, { saved }) {
        return [mul(gradOutput, mul(saved, 3))];
      },
    });
    const x = variable([1, 2], { requiresGrad: true });
    sum(cubeOp([x])).backward();
    expect(x.grad?.toArray()).toEqual([3, 12]);

    const scaleOp = defineOp({
      name: 'scale',
      forward: ([input], { factor }: { factor: number }) => mul(input, factor),
      backward: (gradOutput, { options }) => [mul(gradOutput, options.factor)],
    });
    expect(scaleOp([x], { factor: 2 }).value.toArray()).toEqual([2, 4]);

    const halves = defineOp({
      name: 'halves',
      forward: ([input]) => ({ outputs: split(input, [input.size / 2, input.size / 2]) }),
      backward: (gradOutputs, { outputs }) => [concat(gradOutputs.map((g, k) => g ?? zerosLike(outputs[k])))],
    });
    const whole = variable([1, 2, 3, 4], { requiresGrad: true });
    const [, second] = halves([whole]);
    sum(second).backward();
    expect(whole.grad?.toArray()).toEqual([0, 0, 1, 1]);
  });
});
