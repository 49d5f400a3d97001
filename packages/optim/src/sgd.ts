/**
 * Stochastic gradient descent with momentum (Polyak 1964; in the form of
 * Sutskever, Martens, Dahl & Hinton, "On the importance of initialization and
 * momentum in deep learning", ICML 2013) and Nesterov momentum, following
 * PyTorch's `torch.optim.SGD` exactly: dampening, L2 weight decay on the
 * gradient, and a momentum buffer that starts as the first gradient.
 */
import { ValueError } from '@mnemo/tensor';
import { Optimizer, type OptimizerSettings } from './optimizer.js';
import { flagOption, numberOption, type OptionsSpec } from './options.js';
import type { ParamsInput } from './parameters.js';
import type { StateSchema } from './state-schema.js';
import { checkBufferLength } from './update-checks.js';

/** SGD's options; every field has PyTorch's default. */
export interface SGDOptions {
  /** Learning rate. Default 1e-3. */
  lr: number;
  /** Momentum factor μ. Default 0 (plain SGD). */
  momentum: number;
  /** Dampening τ of the gradient's share in the momentum buffer, in [0, 1]. Default 0. */
  dampening: number;
  /** L2 penalty added to the gradient (`g + weightDecay * θ`). Default 0. */
  weightDecay: number;
  /** Use Nesterov momentum; needs momentum > 0 and dampening 0. Default false. */
  nesterov: boolean;
  /** Maximize the objective instead of minimizing it. Default false. */
  maximize: boolean;
}

/** SGD's per-parameter state: the momentum buffer, null until the first step with momentum. */
export interface SGDState {
  /** The velocity b; created (as a copy of the first gradient) on the first step with momentum > 0. */
  momentumBuffer: Float32Array | null;
}

const sgdSpec: OptionsSpec<SGDOptions> = {
  lr: numberOption(1e-3, { min: 0 }),
  momentum: numberOption(0, { min: 0 }),
  dampening: numberOption(0, { min: 0, max: 1 }),
  weightDecay: numberOption(0, { min: 0 }),
  nesterov: flagOption(false),
  maximize: flagOption(false),
};

const sgdStateSchema: StateSchema<SGDState> = { momentumBuffer: 'optionalBuffer' };

function checkNesterov(context: string, options: SGDOptions): void {
  if (options.nesterov && (options.momentum <= 0 || options.dampening !== 0)) {
    throw new ValueError(
      `${context}: nesterov needs momentum > 0 and dampening 0, got momentum ${options.momentum} and dampening ${options.dampening}`,
    );
  }
}

/**
 * One SGD step on raw arrays, in place (as `torch.optim.SGD`):
 *
 * ```
 * g ← ∇θ + weightDecay·θ                       (negated first if maximize)
 * b ← g on the first step, else μ·b + (1 − τ)·g (only with momentum μ > 0)
 * d ← g + μ·b if nesterov, else b               (d = g without momentum)
 * θ ← θ − lr·d
 * ```
 *
 * `param`, `grad` and the momentum buffer have the same length. The only
 * allocation is the momentum buffer itself, made on the first step with
 * momentum when `state.momentumBuffer` is null (PyTorch creates it then too).
 *
 * @example
 * ```ts
 * const param = new Float32Array([1, 2]);
 * const state = { momentumBuffer: null };
 * sgdUpdate(param, new Float32Array([1, 1]), state, { lr: 0.1, momentum: 0.9, dampening: 0, weightDecay: 0, nesterov: false, maximize: false });
 * param // Float32Array [0.9, 1.9]; state.momentumBuffer is [1, 1]
 * ```
 */
export function sgdUpdate(param: Float32Array, grad: Float32Array, state: SGDState, options: SGDOptions): void {
  const op = 'sgdUpdate(param, grad, state, options)';
  const length = param.length;
  checkBufferLength(op, 'grad', grad, length);
  checkNesterov(op, options);
  const { lr, momentum, dampening, weightDecay, nesterov } = options;
  const sign = options.maximize ? -1 : 1;
  if (momentum === 0) {
    for (let i = 0; i < length; i++) param[i] -= lr * (sign * grad[i] + weightDecay * param[i]);
    return;
  }
  const fresh = state.momentumBuffer === null;
  const buffer = fresh ? (state.momentumBuffer = new Float32Array(length)) : checkBufferLength(op, 'state.momentumBuffer', state.momentumBuffer, length);
  for (let i = 0; i < length; i++) {
    const g = sign * grad[i] + weightDecay * param[i];
    buffer[i] = fresh ? g : momentum * buffer[i] + (1 - dampening) * g;
    param[i] -= lr * (nesterov ? g + momentum * buffer[i] : buffer[i]);
  }
}

/**
 * Stochastic gradient descent, optionally with momentum, Nesterov momentum and
 * weight decay, with PyTorch's defaults and update rule so results match
 * `torch.optim.SGD` (lr default 1e-3; dampening τ scales the gradient's share
 * of the momentum buffer; the buffer starts as the first gradient). See
 * {@link sgdUpdate} for the formula.
 *
 * @example
 * ```ts
 * const w = parameter([1, -2]);
 * const optimizer = new SGD([w], { lr: 0.1, momentum: 0.9 });
 * sum(square(w)).backward();   // gradient 2w = [2, -4]
 * optimizer.step();
 * w.value.toArray() // [0.8, -1.6]
 * ```
 */
export class SGD extends Optimizer<SGDOptions, SGDState> {
  /**
   * @param params parameters, `[name, parameter]` pairs, or groups `{ params, ...options }`.
   * @param options defaults for every group, plus optimizer settings such as `onNonFinite`.
   */
  constructor(params: ParamsInput<SGDOptions>, options?: Partial<SGDOptions> & OptimizerSettings) {
    super({ name: 'SGD', spec: sgdSpec, stateSchema: sgdStateSchema, checkGroup: checkNesterov }, params, options);
  }

  protected createState(): SGDState {
    return { momentumBuffer: null };
  }

  protected update(param: Float32Array, grad: Float32Array, state: SGDState, options: SGDOptions): void {
    sgdUpdate(param, grad, state, options);
  }
}
