/**
 * Adam (Kingma & Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015)
 * with the AMSGrad variant (Reddi, Kale & Kumar, "On the Convergence of Adam
 * and Beyond", ICLR 2018), following PyTorch's `torch.optim.Adam` exactly:
 * same defaults, L2 weight decay added to the gradient, and eps added after
 * the square root of the bias-corrected second moment.
 */
import { Optimizer, type OptimizerSettings } from './optimizer.js';
import { betasOption, flagOption, numberOption, type OptionsSpec } from './options.js';
import type { ParamsInput } from './parameters.js';
import type { StateSchema } from './state-schema.js';
import { checkBufferLength } from './update-checks.js';

/** Adam's options; every field has PyTorch's default. */
export interface AdamOptions {
  /** Learning rate. Default 1e-3. */
  lr: number;
  /** Decay rates of the first and second moment averages, each in [0, 1). Default [0.9, 0.999]. */
  betas: readonly [number, number];
  /** Added to the denominator for stability, after the square root. Default 1e-8. */
  eps: number;
  /** L2 penalty added to the gradient (`g + weightDecay * θ`); for decoupled decay use AdamW. Default 0. */
  weightDecay: number;
  /** Use the running maximum of the second moment (AMSGrad). Default false. */
  amsgrad: boolean;
  /** Maximize the objective instead of minimizing it. Default false. */
  maximize: boolean;
}

/** Adam's per-parameter state: the step count and the moment averages, each the parameter's size. */
export interface AdamState {
  /** Steps taken so far (t in the paper). */
  step: number;
  /** First moment average m. */
  expAvg: Float32Array;
  /** Second moment average v. */
  expAvgSq: Float32Array;
  /** Running maximum of v (AMSGrad); null without amsgrad. */
  maxExpAvgSq: Float32Array | null;
}

/** Adam's options, defaults and ranges (PyTorch's). */
export const adamSpec: OptionsSpec<AdamOptions> = {
  lr: numberOption(1e-3, { min: 0 }),
  betas: betasOption([0.9, 0.999]),
  eps: numberOption(1e-8, { min: 0 }),
  weightDecay: numberOption(0, { min: 0 }),
  amsgrad: flagOption(false),
  maximize: flagOption(false),
};

/** How Adam's state is stored. */
export const adamStateSchema: StateSchema<AdamState> = { step: 'count', expAvg: 'buffer', expAvgSq: 'buffer', maxExpAvgSq: 'optionalBuffer' };

/** A fresh Adam state for a parameter of `size` elements (the max buffer only with amsgrad). */
export function createAdamState(size: number, amsgrad: boolean): AdamState {
  return { step: 0, expAvg: new Float32Array(size), expAvgSq: new Float32Array(size), maxExpAvgSq: amsgrad ? new Float32Array(size) : null };
}

/**
 * The Adam / AdamW kernel (internal): one pass over the elements, in place.
 * `decoupled` selects AdamW's decay `θ ← θ(1 − lr·λ)` instead of adding `λθ` to the gradient.
 */
export function adamKernel(op: string, param: Float32Array, grad: Float32Array, state: AdamState, options: AdamOptions, decoupled: boolean): void {
  const length = param.length;
  checkBufferLength(op, 'grad', grad, length);
  const expAvg = checkBufferLength(op, 'state.expAvg', state.expAvg, length);
  const expAvgSq = checkBufferLength(op, 'state.expAvgSq', state.expAvgSq, length);
  const amsgrad = options.amsgrad;
  const maxExpAvgSq = amsgrad ? checkBufferLength(op, 'state.maxExpAvgSq', state.maxExpAvgSq, length) : expAvgSq;
  const { lr, eps, weightDecay } = options;
  const beta1 = options.betas[0];
  const beta2 = options.betas[1];
  const sign = options.maximize ? -1 : 1;
  const step = ++state.step;
  const stepSize = lr / (1 - beta1 ** step);
  const biasCorrection2Sqrt = Math.sqrt(1 - beta2 ** step);
  const l2 = decoupled ? 0 : weightDecay;
  const decay = decoupled ? 1 - lr * weightDecay : 1;
  for (let i = 0; i < length; i++) {
    const theta = param[i];
    const g = sign * grad[i] + l2 * theta;
    expAvg[i] = beta1 * expAvg[i] + (1 - beta1) * g;
    expAvgSq[i] = beta2 * expAvgSq[i] + (1 - beta2) * g * g;
    let secondMoment = expAvgSq[i];
    if (amsgrad) {
      if (secondMoment > maxExpAvgSq[i]) maxExpAvgSq[i] = secondMoment;
      secondMoment = maxExpAvgSq[i];
    }
    param[i] = theta * decay - (stepSize * expAvg[i]) / (Math.sqrt(secondMoment) / biasCorrection2Sqrt + eps);
  }
}

/**
 * One Adam step on raw arrays, in place, allocating nothing (Kingma & Ba
 * 2015, Algorithm 1, with PyTorch's placement of eps):
 *
 * ```
 * g ← ∇θ + weightDecay·θ                       (negated first if maximize)
 * m ← β1·m + (1 − β1)·g
 * v ← β2·v + (1 − β2)·g²
 * v̂ ← max(v̂, v)                                (amsgrad only)
 * θ ← θ − lr/(1 − β1^t) · m / (√v / √(1 − β2^t) + eps)
 * ```
 *
 * `param`, `grad` and every state buffer have the same length n; `state.step`
 * is incremented first (t counts from 1).
 *
 * @example
 * ```ts
 * const param = new Float32Array([1]);
 * const state = { step: 0, expAvg: new Float32Array(1), expAvgSq: new Float32Array(1), maxExpAvgSq: null };
 * adamUpdate(param, new Float32Array([0.5]), state, { lr: 0.1, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, amsgrad: false, maximize: false });
 * param[0] // ≈ 0.9 (the first Adam step moves each weight by about lr)
 * ```
 */
export function adamUpdate(param: Float32Array, grad: Float32Array, state: AdamState, options: AdamOptions): void {
  adamKernel('adamUpdate(param, grad, state, options)', param, grad, state, options, false);
}

/**
 * The Adam optimizer (Kingma & Ba 2015), with PyTorch's defaults and update
 * rule so results match `torch.optim.Adam`: lr 1e-3, betas [0.9, 0.999], eps
 * 1e-8 added after the square root of the bias-corrected second moment,
 * weightDecay 0 as an L2 term on the gradient, optional AMSGrad. See
 * {@link adamUpdate} for the formula; per-parameter state is created on the
 * first step. Options are validated by name:
 * `Adam(params, options): lr must be a finite number >= 0, got -1`.
 *
 * @example
 * ```ts
 * const w = parameter([1, -2]);
 * const optimizer = new Adam([w], { lr: 0.1 });
 * sum(square(w)).backward();
 * optimizer.step();
 * w.value.toArray() // [0.9, -1.9]
 * ```
 */
export class Adam extends Optimizer<AdamOptions, AdamState> {
  /**
   * @param params parameters, `[name, parameter]` pairs, or groups `{ params, ...options }`.
   * @param options defaults for every group, plus optimizer settings such as `onNonFinite`.
   */
  constructor(params: ParamsInput<AdamOptions>, options?: Partial<AdamOptions> & OptimizerSettings) {
    super({ name: 'Adam', spec: adamSpec, stateSchema: adamStateSchema }, params, options);
  }

  protected createState(size: number, options: AdamOptions): AdamState {
    return createAdamState(size, options.amsgrad);
  }

  protected update(param: Float32Array, grad: Float32Array, state: AdamState, options: AdamOptions): void {
    adamKernel('Adam.step()', param, grad, state, options, false);
  }
}
