/**
 * LinearLR: the linear warm-up. Scales the learning rate by a factor that
 * moves linearly from `startFactor` to `endFactor` over `totalIters` epochs,
 * as `torch.optim.lr_scheduler.LinearLR`.
 */
import { checkNumber, numberOption } from './options.js';
import { LRScheduler, checkInteger, checkSchedulerOptions, type SchedulableOptimizer } from './lr-scheduler.js';

/** Options of {@link LinearLR}; the defaults are PyTorch's. */
export interface LinearLROptions {
  /** Factor at epoch 0, in (0, 1]. Default 1/3. */
  startFactor?: number;
  /** Factor from epoch `totalIters` on, in [0, 1]. Default 1. */
  endFactor?: number;
  /** Epochs the factor takes to go from start to end, an integer >= 1. Default 5. */
  totalIters?: number;
}

/**
 * Linear warm-up (or linear decay):
 * `lr_e = baseLr · (startFactor + (endFactor − startFactor) · min(e, totalIters) / totalIters)`.
 * With a small `startFactor` and `endFactor` 1 it is the usual warm-up; put it
 * before a decay with {@link SequentialLR}.
 *
 * @example
 * ```ts
 * const warmup = new LinearLR(optimizer, { startFactor: 0.25, totalIters: 3 });  // base lr 1
 * // epochs 0, 1, 2, 3, 4: 0.25, 0.5, 0.75, 1, 1
 * ```
 */
export class LinearLR extends LRScheduler {
  /** Factor at epoch 0. */
  readonly startFactor: number;
  /** Factor from epoch totalIters on. */
  readonly endFactor: number;
  /** Epochs of the linear ramp. */
  readonly totalIters: number;

  /** Sets every group's lr to its epoch-0 value, `baseLr · startFactor`. */
  constructor(optimizer: SchedulableOptimizer, options: LinearLROptions = {}) {
    const context = 'LinearLR(optimizer, options)';
    const given = checkSchedulerOptions(context, options, ['startFactor', 'endFactor', 'totalIters']);
    const startFactor = checkNumber(context, 'startFactor', given.startFactor ?? 1 / 3, numberOption(1 / 3, { min: 0, minOpen: true, max: 1 }));
    const endFactor = checkNumber(context, 'endFactor', given.endFactor ?? 1, numberOption(1, { min: 0, max: 1 }));
    const totalIters = checkInteger(context, 'totalIters', given.totalIters ?? 5, 1);
    super('LinearLR', optimizer);
    this.startFactor = startFactor;
    this.endFactor = endFactor;
    this.totalIters = totalIters;
    this.applyLr();
  }

  /** `baseLr · (startFactor + (endFactor − startFactor) · min(epoch, totalIters)/totalIters)` for every group. */
  lrsAt(epoch: number): number[] {
    const factor = this.startFactor + ((this.endFactor - this.startFactor) * Math.min(epoch, this.totalIters)) / this.totalIters;
    return this.baseLrs.map((baseLr) => baseLr * factor);
  }
}
