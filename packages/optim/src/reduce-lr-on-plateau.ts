/**
 * ReduceLROnPlateau: lowers the learning rate when a watched metric (usually
 * the validation loss) stops improving, as
 * `torch.optim.lr_scheduler.ReduceLROnPlateau`, option for option.
 */
import { ValueError } from '@mnemo/tensor';
import { checkNumber, describeValue, numberOption } from './options.js';
import { checkInteger, checkOptimizer, checkSchedulerOptions, type SchedulableOptimizer } from './lr-scheduler.js';

/** Options of {@link ReduceLROnPlateau}; the defaults are PyTorch's. */
export interface ReduceLROnPlateauOptions {
  /** `'min'`: the metric should fall (a loss); `'max'`: it should rise (an accuracy). Default `'min'`. */
  mode?: 'min' | 'max';
  /** Factor the lr is multiplied by on a plateau, in [0, 1). Default 0.1. */
  factor?: number;
  /** Epochs without improvement tolerated; the lr drops on the next one. Default 10. */
  patience?: number;
  /** How much better a metric must be to count as an improvement. Default 1e-4. */
  threshold?: number;
  /** `'rel'`: better than best·(1 ∓ threshold); `'abs'`: better than best ∓ threshold. Default `'rel'`. */
  thresholdMode?: 'rel' | 'abs';
  /** Epochs to wait after a drop before counting bad epochs again. Default 0. */
  cooldown?: number;
  /** The lowest lr, one for all groups or one per group. Default 0. */
  minLr?: number | readonly number[];
  /** A drop smaller than eps is not applied. Default 1e-8. */
  eps?: number;
}

/** ReduceLROnPlateau's state as plain data (JSON-able: `best` is null before the first metric). */
export interface ReduceLROnPlateauStateDict {
  /** How many times `step(metric)` was called. */
  lastEpoch: number;
  /** The best metric seen so far, or null before the first. */
  best: number | null;
  /** Consecutive epochs without improvement. */
  numBadEpochs: number;
  /** Epochs of cooldown left. */
  cooldownCounter: number;
}

const nonNegative = numberOption(0, { min: 0 });

/**
 * Reduces each group's lr by `factor` once the metric has failed to improve
 * for more than `patience` consecutive epochs, then waits `cooldown` epochs
 * before watching again; never below `minLr`. For `mode: 'min'` with
 * `thresholdMode: 'rel'`, "improves" means `metric < best · (1 − threshold)`.
 * Unlike the epoch-indexed schedules it needs the metric: call
 * `step(validationLoss)` once per epoch. A NaN or infinite metric throws
 * ValueError rather than silently counting as "no improvement".
 *
 * @example
 * ```ts
 * const scheduler = new ReduceLROnPlateau(optimizer, { patience: 2, factor: 0.5 });
 * for (const loss of [1, 0.9, 0.9, 0.9, 0.9]) scheduler.step(loss);
 * scheduler.getLastLr() // half the starting lr: three epochs without improvement after 0.9
 * ```
 */
export class ReduceLROnPlateau {
  /** The optimizer whose groups' `lr` this scheduler lowers. */
  readonly optimizer: SchedulableOptimizer;
  /** Whether the metric should fall or rise. */
  readonly mode: 'min' | 'max';
  /** Factor applied on a plateau. */
  readonly factor: number;
  /** Epochs without improvement tolerated. */
  readonly patience: number;
  /** The improvement threshold. */
  readonly threshold: number;
  /** Relative or absolute threshold. */
  readonly thresholdMode: 'rel' | 'abs';
  /** Epochs of cooldown after a drop. */
  readonly cooldown: number;
  /** The lowest lr of each group. */
  readonly minLrs: readonly number[];
  /** The smallest drop applied. */
  readonly eps: number;
  /** How many times `step(metric)` was called. */
  lastEpoch = 0;
  /** The best metric so far (Infinity for 'min', -Infinity for 'max', before the first). */
  best: number;
  /** Consecutive epochs without improvement. */
  numBadEpochs = 0;
  /** Epochs of cooldown left. */
  cooldownCounter = 0;

  /** Leaves every group's lr as it is. */
  constructor(optimizer: SchedulableOptimizer, options: ReduceLROnPlateauOptions = {}) {
    const context = 'ReduceLROnPlateau(optimizer, options)';
    this.optimizer = checkOptimizer(context, optimizer);
    const given = checkSchedulerOptions(context, options, ['mode', 'factor', 'patience', 'threshold', 'thresholdMode', 'cooldown', 'minLr', 'eps']);
    this.mode = given.mode ?? 'min';
    if (this.mode !== 'min' && this.mode !== 'max') throw new ValueError(`${context}: mode must be 'min' or 'max', got ${describeValue(this.mode)}`);
    this.thresholdMode = given.thresholdMode ?? 'rel';
    if (this.thresholdMode !== 'rel' && this.thresholdMode !== 'abs') {
      throw new ValueError(`${context}: thresholdMode must be 'rel' or 'abs', got ${describeValue(this.thresholdMode)}`);
    }
    this.factor = checkNumber(context, 'factor', given.factor ?? 0.1, numberOption(0.1, { min: 0, max: 1, maxOpen: true }));
    this.patience = checkInteger(context, 'patience', given.patience ?? 10, 0);
    this.threshold = checkNumber(context, 'threshold', given.threshold ?? 1e-4, nonNegative);
    this.cooldown = checkInteger(context, 'cooldown', given.cooldown ?? 0, 0);
    this.eps = checkNumber(context, 'eps', given.eps ?? 1e-8, nonNegative);
    const groups = this.optimizer.paramGroups.length;
    const minLr = given.minLr ?? 0;
    if (Array.isArray(minLr)) {
      if (minLr.length !== groups) throw new ValueError(`${context}: minLr has ${minLr.length} values, but the optimizer has ${groups} parameter groups`);
      this.minLrs = minLr.map((value, index) => checkNumber(context, `minLr[${index}]`, value, nonNegative));
    } else {
      this.minLrs = new Array<number>(groups).fill(checkNumber(context, 'minLr', minLr, nonNegative));
    }
    this.best = this.#worst();
  }

  #worst(): number {
    return this.mode === 'min' ? Infinity : -Infinity;
  }

  /** True when `metric` improves on `best` by more than the threshold. */
  isBetter(metric: number, best: number): boolean {
    const { mode, thresholdMode, threshold } = this;
    if (mode === 'min') return thresholdMode === 'rel' ? metric < best * (1 - threshold) : metric < best - threshold;
    return thresholdMode === 'rel' ? metric > best * (threshold + 1) : metric > best + threshold;
  }

  /**
   * Records one epoch's metric; lowers every group's lr by `factor` (not below
   * its minLr) when the metric has not improved for more than `patience` epochs.
   */
  step(metric: number): void {
    if (typeof metric !== 'number' || !Number.isFinite(metric)) {
      throw new ValueError(`ReduceLROnPlateau.step(metric): metric must be a finite number, got ${describeValue(metric)}`);
    }
    this.lastEpoch++;
    if (this.isBetter(metric, this.best)) {
      this.best = metric;
      this.numBadEpochs = 0;
    } else {
      this.numBadEpochs++;
    }
    if (this.cooldownCounter > 0) {
      this.cooldownCounter--;
      this.numBadEpochs = 0;
    }
    if (this.numBadEpochs > this.patience) {
      this.optimizer.paramGroups.forEach((group, index) => {
        const reduced = Math.max(group.lr * this.factor, this.minLrs[index]);
        if (group.lr - reduced > this.eps) group.lr = reduced;
      });
      this.cooldownCounter = this.cooldown;
      this.numBadEpochs = 0;
    }
  }

  /** Every group's current lr. */
  getLastLr(): number[] {
    return this.optimizer.paramGroups.map((group) => group.lr);
  }

  /** The scheduler's counters as plain data; the lrs themselves live in the optimizer's state dict. */
  stateDict(): ReduceLROnPlateauStateDict {
    return {
      lastEpoch: this.lastEpoch,
      best: Number.isFinite(this.best) ? this.best : null,
      numBadEpochs: this.numBadEpochs,
      cooldownCounter: this.cooldownCounter,
    };
  }

  /** Restores the counters saved by `stateDict()`; throws ValueError (changing nothing) on a malformed dict. */
  loadStateDict(stateDict: ReduceLROnPlateauStateDict): void {
    const context = 'ReduceLROnPlateau.loadStateDict(stateDict)';
    if (typeof stateDict !== 'object' || stateDict === null) throw new ValueError(`${context}: expected an object, got ${describeValue(stateDict)}`);
    const lastEpoch = checkInteger(context, 'lastEpoch', stateDict.lastEpoch, 0);
    const best = stateDict.best === null ? this.#worst() : checkNumber(context, 'best', stateDict.best, numberOption(0));
    const numBadEpochs = checkInteger(context, 'numBadEpochs', stateDict.numBadEpochs, 0);
    const cooldownCounter = checkInteger(context, 'cooldownCounter', stateDict.cooldownCounter, 0);
    Object.assign(this, { lastEpoch, best, numBadEpochs, cooldownCounter });
  }
}
