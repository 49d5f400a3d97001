/**
 * AdamW (Loshchilov & Hutter, "Decoupled Weight Decay Regularization", ICLR
 * 2019): Adam whose weight decay shrinks the weights directly instead of
 * entering the gradient, following PyTorch's `torch.optim.AdamW` (default
 * weightDecay 0.01).
 */
import { adamKernel, adamSpec, adamStateSchema, createAdamState, type AdamOptions, type AdamState } from './adam.js';
import { Optimizer, type OptimizerSettings } from './optimizer.js';
import { numberOption, type OptionsSpec } from './options.js';
import type { ParamsInput } from './parameters.js';

/** AdamW's options: Adam's, with `weightDecay` decoupled (default 0.01). */
export type AdamWOptions = AdamOptions;

/** AdamW's options, defaults and ranges: Adam's, with PyTorch's AdamW default weightDecay 0.01. */
const adamWSpec: OptionsSpec<AdamWOptions> = { ...adamSpec, weightDecay: numberOption(1e-2, { min: 0 }) };

/**
 * One AdamW step on raw arrays, in place, allocating nothing (Loshchilov &
 * Hutter 2019, Algorithm 2, as in PyTorch):
 *
 * ```
 * θ ← θ·(1 − lr·weightDecay)                   (decoupled decay, before the Adam step)
 * m ← β1·m + (1 − β1)·g,   v ← β2·v + (1 − β2)·g²,   v̂ ← max(v̂, v) with amsgrad
 * θ ← θ − lr/(1 − β1^t) · m / (√v / √(1 − β2^t) + eps)
 * ```
 *
 * `param`, `grad` and every state buffer have the same length; the state is
 * Adam's ({@link AdamState}).
 *
 * @example
 * ```ts
 * const param = new Float32Array([1]);
 * const state = { step: 0, expAvg: new Float32Array(1), expAvgSq: new Float32Array(1), maxExpAvgSq: null };
 * adamWUpdate(param, new Float32Array([0]), state, { lr: 0.1, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0.5, amsgrad: false, maximize: false });
 * param[0] // 0.95: a zero gradient still decays the weight by lr·weightDecay
 * ```
 */
export function adamWUpdate(param: Float32Array, grad: Float32Array, state: AdamState, options: AdamWOptions): void {
  adamKernel('adamWUpdate(param, grad, state, options)', param, grad, state, options, true);
}

/**
 * The AdamW optimizer (Loshchilov & Hutter 2019) with PyTorch's defaults and
 * update rule, so results match `torch.optim.AdamW`: Adam's moments and eps
 * placement, and weight decay (default 0.01) applied to the weights as
 * `θ·(1 − lr·weightDecay)` rather than added to the gradient. See
 * {@link adamWUpdate}.
 *
 * @example
 * ```ts
 * const optimizer = new AdamW(model.parameters(), { lr: 1e-3, weightDecay: 0.01 });
 * loss.backward();
 * optimizer.step();
 * optimizer.zeroGrad();
 * ```
 */
export class AdamW extends Optimizer<AdamWOptions, AdamState> {
  /**
   * @param params parameters, `[name, parameter]` pairs, or groups `{ params, ...options }`.
   * @param options defaults for every group, plus optimizer settings such as `onNonFinite`.
   */
  constructor(params: ParamsInput<AdamWOptions>, options?: Partial<AdamWOptions> & OptimizerSettings) {
    super({ name: 'AdamW', spec: adamWSpec, stateSchema: adamStateSchema }, params, options);
  }

  protected createState(size: number, options: AdamWOptions): AdamState {
    return createAdamState(size, options.amsgrad);
  }

  protected update(param: Float32Array, grad: Float32Array, state: AdamState, options: AdamWOptions): void {
    adamKernel('AdamW.step()', param, grad, state, options, true);
  }
}
