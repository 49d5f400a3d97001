/**
 * StepLR: multiplies the learning rate by `gamma` every `stepSize` epochs, as
 * `torch.optim.lr_scheduler.StepLR`.
 */
import { checkNumber, numberOption } from './options.js';
import { LRScheduler, checkInteger, checkSchedulerOptions, type SchedulableOptimizer } from './lr-scheduler.js';

/** Options of {@link StepLR}. */
export interface StepLROptions {
  /** Epochs between decays, an integer >= 1. Required. */
  stepSize: number;
  /** Factor applied at each decay, a finite number >= 0. Default 0.1. */
  gamma?: number;
}

/**
 * Step decay: `lr_e = baseLr · gamma^⌊e / stepSize⌋` at epoch e (0-based,
 * counted by `step()` calls), as PyTorch's StepLR.
 *
 * @example
 * ```ts
 * const optimizer = new SGD(params, { lr: 0.1 });
 * const scheduler = new StepLR(optimizer, { stepSize: 2, gamma: 0.5 });
 * // epochs 0, 1: 0.1; epochs 2, 3: 0.05; epochs 4, 5: 0.025
 * ```
 */
export class StepLR extends LRScheduler {
  /** Epochs between decays. */
  readonly stepSize: number;
  /** Factor applied at each decay. */
  readonly gamma: number;

  /** Sets every group's lr to its epoch-0 value (its base lr). */
  constructor(optimizer: SchedulableOptimizer, options: StepLROptions) {
    const context = 'StepLR(optimizer, options)';
    const given = checkSchedulerOptions(context, options, ['stepSize', 'gamma']);
    const stepSize = checkInteger(context, 'stepSize', given.stepSize, 1);
    const gamma = checkNumber(context, 'gamma', given.gamma ?? 0.1, numberOption(0.1, { min: 0 }));
    super('StepLR', optimizer);
    this.stepSize = stepSize;
    this.gamma = gamma;
    this.applyLr();
  }

  /** `baseLr · gamma^⌊epoch / stepSize⌋` for every group. */
  lrsAt(epoch: number): number[] {
    return this.baseLrs.map((baseLr) => baseLr * this.gamma ** Math.floor(epoch / this.stepSize));
  }
}
