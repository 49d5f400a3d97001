/**
 * ExponentialLR: multiplies the learning rate by `gamma` every epoch, as
 * `torch.optim.lr_scheduler.ExponentialLR`.
 */
import { checkNumber, numberOption } from './options.js';
import { LRScheduler, checkSchedulerOptions, type SchedulableOptimizer } from './lr-scheduler.js';

/** Options of {@link ExponentialLR}. */
export interface ExponentialLROptions {
  /** Factor applied every epoch, a finite number >= 0. Required. */
  gamma: number;
}

/**
 * Exponential decay: `lr_e = baseLr · gamma^e` at epoch e (0-based, counted
 * by `step()` calls), as PyTorch's ExponentialLR.
 *
 * @example
 * ```ts
 * const scheduler = new ExponentialLR(optimizer, { gamma: 0.9 });   // base lr 1
 * scheduler.step(); scheduler.step();
 * scheduler.getLastLr() // [0.81]
 * ```
 */
export class ExponentialLR extends LRScheduler {
  /** Factor applied every epoch. */
  readonly gamma: number;

  /** Sets every group's lr to its epoch-0 value (its base lr). */
  constructor(optimizer: SchedulableOptimizer, options: ExponentialLROptions) {
    const context = 'ExponentialLR(optimizer, options)';
    const given = checkSchedulerOptions(context, options, ['gamma']);
    const gamma = checkNumber(context, 'gamma', given.gamma, numberOption(0, { min: 0 }));
    super('ExponentialLR', optimizer);
    this.gamma = gamma;
    this.applyLr();
  }

  /** `baseLr · gamma^epoch` for every group. */
  lrsAt(epoch: number): number[] {
    return this.baseLrs.map((baseLr) => baseLr * this.gamma ** epoch);
  }
}
