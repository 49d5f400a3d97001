/**
 * CosineAnnealingLR: anneals the learning rate from its base value to
 * `etaMin` along half a cosine over `tMax` epochs (Loshchilov & Hutter,
 * "SGDR: Stochastic Gradient Descent with Warm Restarts", ICLR 2017, without
 * restarts), as `torch.optim.lr_scheduler.CosineAnnealingLR`.
 */
import { checkNumber, numberOption } from './options.js';
import { LRScheduler, checkInteger, checkSchedulerOptions, type SchedulableOptimizer } from './lr-scheduler.js';

/** Options of {@link CosineAnnealingLR}. */
export interface CosineAnnealingLROptions {
  /** Epochs from the base rate down to `etaMin`, an integer >= 1. Required. */
  tMax: number;
  /** The lowest rate, a finite number >= 0. Default 0. */
  etaMin?: number;
}

/**
 * Cosine annealing, PyTorch's closed form:
 * `lr_e = etaMin + (baseLr − etaMin) · (1 + cos(π·e / tMax)) / 2` at epoch e.
 * At e = tMax the rate is etaMin; past tMax it follows the cosine back up, as
 * PyTorch's does, so stop stepping (or compose with SequentialLR) at tMax.
 *
 * @example
 * ```ts
 * const scheduler = new CosineAnnealingLR(optimizer, { tMax: 10 });  // base lr 1
 * for (let e = 0; e < 5; e++) scheduler.step();
 * scheduler.getLastLr() // [0.5]
 * ```
 */
export class CosineAnnealingLR extends LRScheduler {
  /** Epochs from the base rate down to etaMin. */
  readonly tMax: number;
  /** The lowest rate. */
  readonly etaMin: number;

  /** Sets every group's lr to its epoch-0 value (its base lr). */
  constructor(optimizer: SchedulableOptimizer, options: CosineAnnealingLROptions) {
    const context = 'CosineAnnealingLR(optimizer, options)';
    const given = checkSchedulerOptions(context, options, ['tMax', 'etaMin']);
    const tMax = checkInteger(context, 'tMax', given.tMax, 1);
    const etaMin = checkNumber(context, 'etaMin', given.etaMin ?? 0, numberOption(0, { min: 0 }));
    super('CosineAnnealingLR', optimizer);
    this.tMax = tMax;
    this.etaMin = etaMin;
    this.applyLr();
  }

  /** `etaMin + (baseLr − etaMin)(1 + cos(π·epoch/tMax))/2` for every group. */
  lrsAt(epoch: number): number[] {
    const cosine = (1 + Math.cos((Math.PI * epoch) / this.tMax)) / 2;
    return this.baseLrs.map((baseLr) => this.etaMin + (baseLr - this.etaMin) * cosine);
  }
}
