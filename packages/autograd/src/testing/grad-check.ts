/**
 * gradCheck: compares the gradients backward computes with finite
 * differences of the forward function.
 */
import { MnemoError, Tensor, ValueError, createRng, isTensor, stridesOf } from '@mnemo/tensor';
import { noGrad } from '../grad-mode.js';
import { Variable, isVariable } from '../variable.js';

/** Options for {@link gradCheck}. */
export interface GradCheckOptions {
  /** Relative finite-difference step: element x is probed at x ± h and x ± 2h with h = eps·max(1, |x|). Default 2⁻⁶ ≈ 0.0156. */
  eps?: number;
  /** Absolute tolerance on each gradient element. Default 1e-5. */
  atol?: number;
  /** Relative tolerance on each gradient element. Default 1e-3 (a 1% error fails). */
  rtol?: number;
  /** Seed of the random vector projecting a non-scalar output to a scalar. Default 0. */
  seed?: number;
}

/** The gradient element that came closest to (or went furthest past) its tolerance. */
export interface GradCheckElement {
  /** Which input (index into the `inputs` argument). */
  inputIndex: number;
  /** Row-major position in that input. */
  flatIndex: number;
  /** The same position as one index per axis. */
  index: number[];
  /** The gradient backward computed. */
  analytic: number;
  /** The finite-difference estimate. */
  numeric: number;
  /** |analytic − numeric|. */
  error: number;
  /** The error allowed here: atol + rtol·|numeric| + the estimated float32 noise of the numeric value. */
  allowed: number;
}

/** What {@link gradCheck} found. */
export interface GradCheckResult {
  /** True when every checked element is within its tolerance and backward ran without error. */
  passed: boolean;
  /** Name of the op that produced the output, when known. */
  op: string | null;
  /** The element with the largest error/allowed ratio (null when nothing was checked or backward threw). */
  worst: GradCheckElement | null;
  /** How many gradient elements were compared. */
  checked: number;
  /** The error backward threw, if it did. */
  error: unknown;
  /** A one-paragraph report, for test failure messages. */
  message: string;
}

const FLOAT32_EPSILON = 2 ** -24; // unit roundoff of float32
const NOISE_SAFETY = 8; // float32 rounding in a few chained ops, above the one rounding of each output
const STEPS = [-2, -1, 1, 2];

/**
 * Checks the gradients of `fn` at `inputs` against finite differences and
 * reports the worst element (op, input index, flat position and multi-index,
 * analytic and numeric values). A Variable input with `requiresGrad` false is
 * passed as a constant and not checked; every other input is checked.
 *
 * A non-scalar output y is projected to the scalar L = Σ r·y with a fixed
 * random vector r (`seed`, entries in [−1, 1)), summed in float64, so every
 * output element is tested at once; the analytic side is `backward(r)`. A
 * one-element output is used as is (r = 1).
 *
 * Precision: tensors are float32, so the forward cannot be re-run in float64.
 * Instead the numeric derivative uses the 4th-order central stencil
 * (−L(x+2h) + 8L(x+h) − 8L(x−h) + L(x−2h)) / 12h (Lagrange weights on the
 * exact float32 probe points), with h = eps·max(1, |x|). Its truncation error
 * is O(h⁴) ≈ 6e-8 relative at the default step, and the float32 rounding of
 * the outputs (≤ 2⁻²⁴ relative each; only outputs that moved count, the
 * others cancel exactly in float64) contributes about 2⁻²⁴·|L|/h ≈ 4e-6
 * relative for well-scaled functions. That error is estimated per element and
 * added to the tolerance, so the default rtol can be 1e-3: a backward off by
 * 1% fails, as do sign errors and missing broadcast reductions (the tests
 * prove it). Inputs must lie further than 2h from kinks (relu at 0, ties in
 * max): there the function is not differentiable and no check can pass.
 *
 * @example
 * ```ts
 * const result = gradCheck((a, b) => mul(a, b), [randn([2, 3], { seed: 1 }), randn([3], { seed: 2 })]);
 * result.passed // true
 * ```
 */
export function gradCheck(fn: (...inputs: Variable[]) => Variable, inputs: readonly (Tensor | Variable)[], options: GradCheckOptions = {}): GradCheckResult {
  const { eps = 2 ** -6, atol = 1e-5, rtol = 1e-3, seed = 0 } = options;
  if (!(eps > 0) || !(atol >= 0) || !(rtol >= 0)) throw new ValueError(`gradCheck: need eps > 0, atol >= 0, rtol >= 0; got eps=${eps}, atol=${atol}, rtol=${rtol}`);
  const leaves = inputs.map((input, index) => leafFor(input, index));
  const output = fn(...leaves);
  if (!isVariable(output)) throw new ValueError('gradCheck: fn must return a Variable (use the ops from @mnemo/autograd)');
  const projection = randomProjection(output.value, seed);
  const report = { op: output.op, checked: 0 };
  try {
    if (output.requiresGrad) output.backward(projection);
  } catch (error) {
    return { ...report, passed: false, worst: null, error, message: `gradCheck${opLabel(report.op)}: backward threw ${String(error)}` };
  }
  const baseline = evaluate(fn, leaves);
  let worst: GradCheckElement | null = null;
  leaves.forEach((leaf, inputIndex) => {
    if (!leaf.requiresGrad) return;
    const analytic = leaf.grad?.data ?? new Float32Array(leaf.size);
    for (let flatIndex = 0; flatIndex < leaf.size; flatIndex++) {
      const { numeric, noise } = numericDerivative(fn, leaves, leaf, flatIndex, projection, baseline, eps);
      const error = Math.abs(analytic[flatIndex] - numeric);
      const allowed = atol + rtol * Math.abs(numeric) + NOISE_SAFETY * noise;
      report.checked++;
      if (worst === null || error / allowed > worst.error / worst.allowed || Number.isNaN(error)) {
        worst = { inputIndex, flatIndex, index: multiIndex(flatIndex, leaf.shape), analytic: analytic[flatIndex], numeric, error, allowed };
      }
    }
  });
  const found = worst as GradCheckElement | null;
  const passed = found === null || found.error <= found.allowed;
  return { ...report, passed, worst: found, error: undefined, message: describeResult(report.op, passed, found, report.checked) };
}

/**
 * Like {@link gradCheck}, but throws a {@link GradCheckError} carrying the
 * report when the check fails; returns the result otherwise.
 *
 * @example
 * ```ts
 * assertGradCheck((x) => exp(x), [randn([4], { seed: 0 })]);
 * ```
 */
export function assertGradCheck(fn: (...inputs: Variable[]) => Variable, inputs: readonly (Tensor | Variable)[], options: GradCheckOptions = {}): GradCheckResult {
  const result = gradCheck(fn, inputs, options);
  if (!result.passed) throw new GradCheckError(result);
  return result;
}

/**
 * Thrown by {@link assertGradCheck}: the gradients disagree with finite differences.
 *
 * @example
 * ```ts
 * try { assertGradCheck(fn, inputs); } catch (e) { if (GradCheckError.isInstance(e)) console.log(e.result.worst); }
 * ```
 */
export class GradCheckError extends MnemoError {
  static override readonly brand: symbol = Symbol.for('@mnemo/error/GradCheckError');
  static override readonly errorName: string = 'GradCheckError';
  /** The full result of the failed check. */
  readonly result: GradCheckResult;

  constructor(result: GradCheckResult) {
    super(result.message, result.error === undefined ? undefined : { cause: result.error });
    this.result = result;
  }
}

function leafFor(input: Tensor | Variable, index: number): Variable {
  if (isVariable(input)) return new Variable(copyOf(input.value), { requiresGrad: input.requiresGrad });
  if (isTensor(input)) return new Variable(copyOf(input), { requiresGrad: true });
  throw new ValueError(`gradCheck: input ${index} must be a Tensor or a Variable`);
}

function copyOf(value: Tensor): Tensor {
  return new Tensor(Float32Array.from(value.data), value.shape);
}

/** Uniform values in [-1, 1), fixed by the seed, in float32 so both sides use the same numbers; 1 for a scalar output. */
function randomProjection(output: Tensor, seed: number): Tensor {
  const rng = createRng(seed);
  const data = new Float32Array(output.size);
  if (data.length === 1) data[0] = 1;
  else for (let i = 0; i < data.length; i++) data[i] = 2 * rng.next() - 1;
  return new Tensor(data, output.shape);
}

/** The output values, copied: an output may share its data with an input (reshape), which the probes modify. */
function evaluate(fn: (...inputs: Variable[]) => Variable, leaves: readonly Variable[]): Float32Array {
  return Float32Array.from(noGrad(() => fn(...leaves)).value.data);
}

/**
 * d(Σ r·y)/dx at one element, from four probes with Lagrange weights on the
 * float32 probe points, plus the estimated rounding noise of that estimate.
 */
function numericDerivative(
  fn: (...inputs: Variable[]) => Variable, leaves: readonly Variable[], leaf: Variable, flatIndex: number,
  projection: Tensor, baseline: Float32Array, eps: number,
): { numeric: number; noise: number } {
  const data = leaf.value.data;
  const center = data[flatIndex];
  const h = eps * Math.max(1, Math.abs(center));
  const offsets = STEPS.map((step) => Math.fround(center + step * h) - center);
  const weights = offsets.map((_, k) => lagrangeDerivativeWeight(offsets, k));
  let numeric = 0;
  let movedScale = 0;
  offsets.forEach((offset, k) => {
    data[flatIndex] = center + offset;
    const probe = evaluate(fn, leaves);
    data[flatIndex] = center;
    let projected = 0;
    let moved = 0;
    for (let i = 0; i < probe.length; i++) {
      const term = projection.data[i] * probe[i];
      projected += term;
      if (probe[i] !== baseline[i]) moved += Math.abs(term);
    }
    numeric += weights[k] * projected;
    movedScale = Math.max(movedScale, moved);
  });
  const weightSum = weights.reduce((total, weight) => total + Math.abs(weight), 0);
  return { numeric, noise: FLOAT32_EPSILON * movedScale * weightSum };
}

/** L_k'(0) for the Lagrange basis polynomial of node k: the weight of f(t_k) in the derivative at 0. */
function lagrangeDerivativeWeight(nodes: readonly number[], k: number): number {
  let denominator = 1;
  let numerator = 0;
  for (let m = 0; m < nodes.length; m++) {
    if (m === k) continue;
    denominator *= nodes[k] - nodes[m];
    let product = 1;
    for (let j = 0; j < nodes.length; j++) if (j !== k && j !== m) product *= -nodes[j];
    numerator += product;
  }
  return numerator / denominator;
}

function multiIndex(flatIndex: number, shape: readonly number[]): number[] {
  return stridesOf(shape).map((stride, axis) => Math.floor(flatIndex / stride) % shape[axis]);
}

function opLabel(op: string | null): string {
  return op === null ? '' : ` (${op})`;
}

function describeResult(op: string | null, passed: boolean, worst: GradCheckElement | null, checked: number): string {
  if (worst === null) return `gradCheck${opLabel(op)}: nothing to check`;
  const where = `input ${worst.inputIndex}, element ${worst.flatIndex} [${worst.index.join(',')}]`;
  const values = `analytic ${worst.analytic}, numeric ${worst.numeric}, error ${worst.error.toExponential(2)}, allowed ${worst.allowed.toExponential(2)}`;
  return `gradCheck${opLabel(op)}: ${passed ? 'passed' : 'FAILED'} on ${checked} elements; worst at ${where}: ${values}`;
}
