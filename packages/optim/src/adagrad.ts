/**
 * Adagrad (Duchi, Hazan & Singer, "Adaptive Subgradient Methods for Online
 * Learning and Stochastic Optimization", JMLR 2011), following PyTorch's
 * `torch.optim.Adagrad` exactly, including its learning-rate decay and
 * initial accumulator value.
 */
import { Optimizer, type OptimizerSettings } from './optimizer.js';
import { flagOption, numberOption, type OptionsSpec } from './options.js';
import type { ParamsInput } from './parameters.js';
import type { StateSchema } from './state-schema.js';
import { checkBufferLength } from './update-checks.js';

/** Adagrad's options; every field has PyTorch's default. */
export interface AdagradOptions {
  /** Learning rate. Default 1e-2. */
  lr: number;
  /** Learning-rate decay: step t uses lr / (1 + (t − 1)·lrDecay). Default 0. */
  lrDecay: number;
  /** L2 penalty added to the gradient (`g + weightDecay * θ`). Default 0. */
  weightDecay: number;
  /** The value the sum of squared gradients starts from. Default 0. */
  initialAccumulatorValue: number;
  /** Added to the denominator for stability, after the square root. Default 1e-10. */
  eps: number;
  /** Maximize the objective instead of minimizing it. Default false. */
  maximize: boolean;
}

/** Adagrad's per-parameter state. */
export interface AdagradState {
  /** Steps taken so far (t). */
  step: number;
  /** Sum of squared gradients G, starting at `initialAccumulatorValue`. */
  sum: Float32Array;
}

const adagradSpec: OptionsSpec<AdagradOptions> = {
  lr: numberOption(1e-2, { min: 0 }),
  lrDecay: numberOption(0, { min: 0 }),
  weightDecay: numberOption(0, { min: 0 }),
  initialAccumulatorValue: numberOption(0, { min: 0 }),
  eps: numberOption(1e-10, { min: 0 }),
  maximize: flagOption(false),
};

const adagradStateSchema: StateSchema<AdagradState> = { step: 'count', sum: 'buffer' };

/**
 * One Adagrad step on raw arrays, in place, allocating nothing (as `torch.optim.Adagrad`):
 *
 * ```
 * t ← t + 1,   η ← lr / (1 + (t − 1)·lrDecay)
 * g ← ∇θ + weightDecay·θ                       (negated first if maximize)
 * G ← G + g²
 * θ ← θ − η·g / (√G + eps)
 * ```
 *
 * `param`, `grad` and `state.sum` have the same length.
 *
 * @example
 * ```ts
 * const param = new Float32Array([1]);
 * const state = { step: 0, sum: new Float32Array(1) };
 * adagradUpdate(param, new Float32Array([2]), state, { lr: 0.1, lrDecay: 0, weightDecay: 0, initialAccumulatorValue: 0, eps: 1e-10, maximize: false });
 * param[0] // 0.9 = 1 − 0.1 · 2/√4
 * ```
 */
export function adagradUpdate(param: Float32Array, grad: Float32Array, state: AdagradState, options: AdagradOptions): void {
  const op = 'adagradUpdate(param, grad, state, options)';
  const length = param.length;
  checkBufferLength(op, 'grad', grad, length);
  const sum = checkBufferLength(op, 'state.sum', state.sum, length);
  const { lr, lrDecay, weightDecay, eps } = options;
  const sign = options.maximize ? -1 : 1;
  const step = ++state.step;
  const stepSize = lr / (1 + (step - 1) * lrDecay);
  for (let i = 0; i < length; i++) {
    const g = sign * grad[i] + weightDecay * param[i];
    sum[i] += g * g;
    param[i] -= (stepSize * g) / (Math.sqrt(sum[i]) + eps);
  }
}

/**
 * The Adagrad optimizer with PyTorch's defaults and update rule, so results
 * match `torch.optim.Adagrad`: lr 1e-2, lrDecay 0, initialAccumulatorValue 0,
 * eps 1e-10. Each weight's step shrinks with the sum of its squared
 * gradients. See {@link adagradUpdate} for the formula.
 *
 * @example
 * ```ts
 * const optimizer = new Adagrad(model.parameters(), { lr: 0.1, initialAccumulatorValue: 0.1 });
 * loss.backward();
 * optimizer.step();
 * ```
 */
export class Adagrad extends Optimizer<AdagradOptions, AdagradState> {
  /**
   * @param params parameters, `[name, parameter]` pairs, or groups `{ params, ...options }`.
   * @param options defaults for every group, plus optimizer settings such as `onNonFinite`.
   */
  constructor(params: ParamsInput<AdagradOptions>, options?: Partial<AdagradOptions> & OptimizerSettings) {
    super({ name: 'Adagrad', spec: adagradSpec, stateSchema: adagradStateSchema }, params, options);
  }

  protected createState(size: number, options: AdagradOptions): AdagradState {
    return { step: 0, sum: new Float32Array(size).fill(options.initialAccumulatorValue) };
  }

  protected update(param: Float32Array, grad: Float32Array, state: AdagradState, options: AdagradOptions): void {
    adagradUpdate(param, grad, state, options);
  }
}
