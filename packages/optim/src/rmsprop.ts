/**
 * RMSprop (Tieleman & Hinton, COURSERA "Neural Networks for Machine
 * Learning", lecture 6.5, 2012), with the centered variant of Graves
 * ("Generating Sequences With Recurrent Neural Networks", 2013, eq. 38-41),
 * following PyTorch's `torch.optim.RMSprop` exactly.
 */
import { Optimizer, type OptimizerSettings } from './optimizer.js';
import { flagOption, numberOption, type OptionsSpec } from './options.js';
import type { ParamsInput } from './parameters.js';
import type { StateSchema } from './state-schema.js';
import { checkBufferLength } from './update-checks.js';

/** RMSprop's options; every field has PyTorch's default. */
export interface RMSpropOptions {
  /** Learning rate. Default 1e-2. */
  lr: number;
  /** Smoothing constant α of the squared-gradient average, in [0, 1]. Default 0.99. */
  alpha: number;
  /** Added to the denominator for stability, after the square root. Default 1e-8. */
  eps: number;
  /** L2 penalty added to the gradient (`g + weightDecay * θ`). Default 0. */
  weightDecay: number;
  /** Momentum factor μ. Default 0. */
  momentum: number;
  /** Normalize by an estimate of the gradient's variance instead of its second moment. Default false. */
  centered: boolean;
  /** Maximize the objective instead of minimizing it. Default false. */
  maximize: boolean;
}

/** RMSprop's per-parameter state. */
export interface RMSpropState {
  /** Steps taken so far. */
  step: number;
  /** Running average of squared gradients s. */
  squareAvg: Float32Array;
  /** Momentum buffer b; null without momentum. */
  momentumBuffer: Float32Array | null;
  /** Running average of gradients ḡ (centered only); null otherwise. */
  gradAvg: Float32Array | null;
}

const rmspropSpec: OptionsSpec<RMSpropOptions> = {
  lr: numberOption(1e-2, { min: 0 }),
  alpha: numberOption(0.99, { min: 0, max: 1 }),
  eps: numberOption(1e-8, { min: 0 }),
  weightDecay: numberOption(0, { min: 0 }),
  momentum: numberOption(0, { min: 0 }),
  centered: flagOption(false),
  maximize: flagOption(false),
};

const rmspropStateSchema: StateSchema<RMSpropState> = { step: 'count', squareAvg: 'buffer', momentumBuffer: 'optionalBuffer', gradAvg: 'optionalBuffer' };

/**
 * One RMSprop step on raw arrays, in place, allocating nothing (as `torch.optim.RMSprop`):
 *
 * ```
 * g ← ∇θ + weightDecay·θ                       (negated first if maximize)
 * s ← α·s + (1 − α)·g²
 * ḡ ← α·ḡ + (1 − α)·g,  r ← √(s − ḡ²) + eps    (centered; s − ḡ² clamped at 0 against rounding)
 * r ← √s + eps                                  (otherwise)
 * b ← μ·b + g/r,  θ ← θ − lr·b                  (momentum μ > 0)
 * θ ← θ − lr·g/r                                (otherwise)
 * ```
 *
 * `param`, `grad` and the state buffers have the same length; `momentumBuffer`
 * must exist when momentum > 0 and `gradAvg` when centered.
 *
 * @example
 * ```ts
 * const param = new Float32Array([1]);
 * const state = { step: 0, squareAvg: new Float32Array(1), momentumBuffer: null, gradAvg: null };
 * rmspropUpdate(param, new Float32Array([1]), state, { lr: 0.01, alpha: 0.99, eps: 1e-8, weightDecay: 0, momentum: 0, centered: false, maximize: false });
 * param[0] // 0.9 = 1 − 0.01 · 1/√0.01
 * ```
 */
export function rmspropUpdate(param: Float32Array, grad: Float32Array, state: RMSpropState, options: RMSpropOptions): void {
  const op = 'rmspropUpdate(param, grad, state, options)';
  const length = param.length;
  checkBufferLength(op, 'grad', grad, length);
  const squareAvg = checkBufferLength(op, 'state.squareAvg', state.squareAvg, length);
  const { lr, alpha, eps, weightDecay, momentum, centered } = options;
  const hasMomentum = momentum > 0;
  const momentumBuffer = hasMomentum ? checkBufferLength(op, 'state.momentumBuffer', state.momentumBuffer, length) : squareAvg;
  const gradAvg = centered ? checkBufferLength(op, 'state.gradAvg', state.gradAvg, length) : squareAvg;
  const sign = options.maximize ? -1 : 1;
  state.step++;
  for (let i = 0; i < length; i++) {
    const g = sign * grad[i] + weightDecay * param[i];
    squareAvg[i] = alpha * squareAvg[i] + (1 - alpha) * g * g;
    let denominator: number;
    if (centered) {
      gradAvg[i] = alpha * gradAvg[i] + (1 - alpha) * g;
      denominator = Math.sqrt(Math.max(squareAvg[i] - gradAvg[i] * gradAvg[i], 0)) + eps;
    } else {
      denominator = Math.sqrt(squareAvg[i]) + eps;
    }
    if (hasMomentum) {
      momentumBuffer[i] = momentum * momentumBuffer[i] + g / denominator;
      param[i] -= lr * momentumBuffer[i];
    } else {
      param[i] -= (lr * g) / denominator;
    }
  }
}

/**
 * The RMSprop optimizer with PyTorch's defaults and update rule, so results
 * match `torch.optim.RMSprop`: lr 1e-2, alpha 0.99, eps 1e-8 added after the
 * square root, optional momentum and the centered variant (Graves 2013). See
 * {@link rmspropUpdate} for the formula.
 *
 * @example
 * ```ts
 * const optimizer = new RMSprop(model.parameters(), { lr: 1e-3, centered: true });
 * loss.backward();
 * optimizer.step();
 * ```
 */
export class RMSprop extends Optimizer<RMSpropOptions, RMSpropState> {
  /**
   * @param params parameters, `[name, parameter]` pairs, or groups `{ params, ...options }`.
   * @param options defaults for every group, plus optimizer settings such as `onNonFinite`.
   */
  constructor(params: ParamsInput<RMSpropOptions>, options?: Partial<RMSpropOptions> & OptimizerSettings) {
    super({ name: 'RMSprop', spec: rmspropSpec, stateSchema: rmspropStateSchema }, params, options);
  }

  protected createState(size: number, options: RMSpropOptions): RMSpropState {
    return {
      step: 0,
      squareAvg: new Float32Array(size),
      momentumBuffer: options.momentum > 0 ? new Float32Array(size) : null,
      gradAvg: options.centered ? new Float32Array(size) : null,
    };
  }

  protected update(param: Float32Array, grad: Float32Array, state: RMSpropState, options: RMSpropOptions): void {
    rmspropUpdate(param, grad, state, options);
  }
}
