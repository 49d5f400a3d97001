/**
 * SequentialLR: runs schedules one after another, switching at given epochs,
 * as `torch.optim.lr_scheduler.SequentialLR`. The usual use is a linear
 * warm-up followed by cosine annealing.
 */
import { ValueError } from '@mnemo/tensor';
import { describeValue } from './options.js';
import {
  LRScheduler,
  checkInteger,
  checkSchedulerOptions,
  type LRSchedulerStateDict,
  type SchedulableOptimizer,
} from './lr-scheduler.js';

/** Options of {@link SequentialLR}. */
export interface SequentialLROptions {
  /** The epochs at which the next schedule takes over: one fewer than the schedules, strictly increasing integers >= 1. */
  milestones: readonly number[];
}

/**
 * Chains schedules in time: schedule k runs from milestone k−1 (or 0) and
 * starts again from its own epoch 0 there, so at epoch e
 * `lr_e = schedulers[k].lrsAt(e − milestones[k−1])` with k the number of
 * milestones <= e. All schedules must be attached to `optimizer`; they share
 * its base rates (`initialLr`). Once composed, step only the SequentialLR.
 *
 * @example
 * ```ts
 * const optimizer = new AdamW(params, { lr: 1e-3 });
 * const warmup = new LinearLR(optimizer, { startFactor: 0.1, totalIters: 5 });
 * const cosine = new CosineAnnealingLR(optimizer, { tMax: 95 });
 * const scheduler = new SequentialLR(optimizer, [warmup, cosine], { milestones: [5] });
 * // epochs 0..4: 1e-4 rising linearly; epoch 5: 1e-3; then cosine down to 0 at epoch 100
 * ```
 */
export class SequentialLR extends LRScheduler {
  /** The schedules, in the order they run. */
  readonly schedulers: readonly LRScheduler[];
  /** The epochs at which each next schedule takes over. */
  readonly milestones: readonly number[];

  /** Sets every group's lr to the first schedule's epoch-0 value. */
  constructor(optimizer: SchedulableOptimizer, schedulers: readonly LRScheduler[], options: SequentialLROptions) {
    const context = 'SequentialLR(optimizer, schedulers, options)';
    if (!Array.isArray(schedulers) || schedulers.length === 0) {
      throw new ValueError(`${context}: schedulers must be a non-empty array of schedulers, got ${describeValue(schedulers)}`);
    }
    schedulers.forEach((scheduler, index) => {
      if (!(scheduler instanceof LRScheduler)) throw new ValueError(`${context}: schedulers[${index}] must be an LRScheduler, got ${describeValue(scheduler)}`);
      if (scheduler.optimizer !== optimizer) throw new ValueError(`${context}: schedulers[${index}] is attached to a different optimizer`);
    });
    const milestones = checkSchedulerOptions(context, options, ['milestones']).milestones;
    if (!Array.isArray(milestones) || milestones.length !== schedulers.length - 1) {
      throw new ValueError(`${context}: milestones must hold ${schedulers.length - 1} epochs (one fewer than the schedulers), got ${describeValue(milestones)}`);
    }
    milestones.forEach((milestone, index) => checkInteger(context, `milestones[${index}]`, milestone, index === 0 ? 1 : milestones[index - 1] + 1));
    super('SequentialLR', optimizer);
    this.schedulers = [...schedulers];
    this.milestones = [...milestones];
    this.applyLr();
  }

  /** Which schedule runs at `epoch`, and its own epoch there. */
  #locate(epoch: number): { scheduler: LRScheduler; localEpoch: number } {
    let index = 0;
    while (index < this.milestones.length && this.milestones[index] <= epoch) index++;
    return { scheduler: this.schedulers[index], localEpoch: index === 0 ? epoch : epoch - this.milestones[index - 1] };
  }

  /** The active schedule's rates at its own epoch. */
  lrsAt(epoch: number): number[] {
    const { scheduler, localEpoch } = this.#locate(epoch);
    return scheduler.lrsAt(localEpoch);
  }

  /** Sets the rates and keeps the active schedule's `lastEpoch` at its own epoch. */
  protected override applyLr(): void {
    super.applyLr();
    const { scheduler, localEpoch } = this.#locate(this.lastEpoch);
    scheduler.lastEpoch = localEpoch;
  }

  /** `{ lastEpoch, baseLrs, schedulers }`, with each schedule's own state. */
  override stateDict(): LRSchedulerStateDict {
    return { ...super.stateDict(), schedulers: this.schedulers.map((scheduler) => scheduler.stateDict()) };
  }

  /** Restores the composed state and every schedule's; checks everything before changing anything. */
  override loadStateDict(stateDict: LRSchedulerStateDict): void {
    const context = 'SequentialLR.loadStateDict(stateDict)';
    const own = this.checkStateDict(context, stateDict);
    const children = stateDict.schedulers;
    if (!Array.isArray(children) || children.length !== this.schedulers.length) {
      throw new ValueError(`${context}: schedulers must hold ${this.schedulers.length} states, got ${describeValue(children)}`);
    }
    this.schedulers.forEach((scheduler, index) => scheduler.checkStateDict(`${context}: schedulers[${index}]`, children[index]));
    this.schedulers.forEach((scheduler, index) => scheduler.loadStateDict(children[index]));
    this.lastEpoch = own.lastEpoch;
    this.baseLrs = own.baseLrs;
    this.applyLr();
  }
}
