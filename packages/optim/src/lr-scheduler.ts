/**
 * LRScheduler: the base of every epoch-indexed learning-rate schedule. A
 * schedule is a closed-form function of the step count and each group's base
 * learning rate, so resuming from a state dict gives exactly the same rates
 * (no accumulated rounding, unlike a schedule that multiplies the current lr).
 */
import { ValueError } from '@mnemo/tensor';
import { checkNumber, describeValue, numberOption } from './options.js';

/** What a scheduler needs from an optimizer: its groups' learning rates. Every mnemo optimizer fits. */
export interface SchedulableOptimizer {
  /** The parameter groups; a scheduler reads and writes `lr`, and records `initialLr`. */
  readonly paramGroups: { lr: number; initialLr?: number }[];
}

/** A scheduler's state as plain data (JSON-able). */
export interface LRSchedulerStateDict {
  /** How many times `step()` was called. */
  lastEpoch: number;
  /** Each group's learning rate at epoch 0. */
  baseLrs: number[];
  /** The children's states (SequentialLR only). */
  schedulers?: LRSchedulerStateDict[];
}

const nonNegative = numberOption(0, { min: 0 });

/** Throws ValueError unless `value` is an integer >= `min`. */
export function checkInteger(context: string, name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new ValueError(`${context}: ${name} must be an integer >= ${min}, got ${describeValue(value)}`);
  }
  return value;
}

/** Throws ValueError unless `optimizer` has parameter groups with finite learning rates. */
export function checkOptimizer(context: string, optimizer: unknown): SchedulableOptimizer {
  const groups = (optimizer as SchedulableOptimizer | null)?.paramGroups;
  if (!Array.isArray(groups) || groups.length === 0) {
    throw new ValueError(`${context}: optimizer must be an optimizer with parameter groups, got ${describeValue(optimizer)}`);
  }
  groups.forEach((group, index) => checkNumber(context, `optimizer.paramGroups[${index}].lr`, group.lr, nonNegative));
  return optimizer as SchedulableOptimizer;
}

/**
 * The base class of the epoch-indexed schedules (StepLR, ExponentialLR,
 * CosineAnnealingLR, LinearLR, SequentialLR). Construction records each
 * group's base learning rate (`initialLr`, kept on the group as PyTorch does,
 * so several schedulers on one optimizer share it) and sets the epoch-0 rate;
 * each `step()` advances one epoch and writes the new rate into every group.
 *
 * Call `step()` once per epoch after the epoch's optimizer steps, as in
 * PyTorch; or once per iteration, with every length (stepSize, tMax,
 * totalIters, milestones) counted in iterations. Rates are computed in closed
 * form from the base rate, so an `lr` changed by hand is overwritten at the
 * next `step()`.
 *
 * @example
 * ```ts
 * const scheduler = new StepLR(optimizer, { stepSize: 30, gamma: 0.1 });
 * for (let epoch = 0; epoch < 100; epoch++) { train(); scheduler.step(); }
 * ```
 */
export abstract class LRScheduler {
  /** The optimizer whose groups' `lr` this schedule sets. */
  readonly optimizer: SchedulableOptimizer;
  /** Each group's learning rate at epoch 0. */
  baseLrs: number[];
  /** How many times `step()` was called (0 right after construction). */
  lastEpoch = 0;
  /** The class name, for messages. */
  protected readonly name: string;

  protected constructor(name: string, optimizer: SchedulableOptimizer) {
    this.name = name;
    this.optimizer = checkOptimizer(`${name}(optimizer, options)`, optimizer);
    this.baseLrs = this.optimizer.paramGroups.map((group) => {
      group.initialLr ??= group.lr;
      return group.initialLr;
    });
  }

  /** The learning rate of every group at `epoch` (0-based), from the base rates. Pure: changes nothing. */
  abstract lrsAt(epoch: number): number[];

  /** Writes the rates for `lastEpoch` into the optimizer's groups. Subclasses call it at the end of their constructor. */
  protected applyLr(): void {
    const lrs = this.lrsAt(this.lastEpoch);
    this.optimizer.paramGroups.forEach((group, index) => {
      group.lr = lrs[index];
    });
  }

  /** Advances the schedule by one epoch (or iteration) and sets every group's `lr`. */
  step(): void {
    this.lastEpoch++;
    this.applyLr();
  }

  /** The learning rate of each group for the current epoch. */
  getLastLr(): number[] {
    return this.lrsAt(this.lastEpoch);
  }

  /** The scheduler's state as plain data: `{ lastEpoch, baseLrs }`. */
  stateDict(): LRSchedulerStateDict {
    return { lastEpoch: this.lastEpoch, baseLrs: [...this.baseLrs] };
  }

  /**
   * Restores a state saved by `stateDict()` and sets every group's `lr` to the
   * restored epoch's rate. Throws ValueError (changing nothing) when the dict
   * does not fit this optimizer.
   */
  loadStateDict(stateDict: LRSchedulerStateDict): void {
    const restored = this.checkStateDict(`${this.name}.loadStateDict(stateDict)`, stateDict);
    this.lastEpoch = restored.lastEpoch;
    this.baseLrs = restored.baseLrs;
    this.applyLr();
  }

  /** @internal Checks a state dict (changing nothing) and returns a copy of its own fields. */
  checkStateDict(context: string, stateDict: LRSchedulerStateDict): { lastEpoch: number; baseLrs: number[] } {
    if (typeof stateDict !== 'object' || stateDict === null) throw new ValueError(`${context}: expected { lastEpoch, baseLrs }, got ${describeValue(stateDict)}`);
    const lastEpoch = checkInteger(context, 'lastEpoch', stateDict.lastEpoch, 0);
    const groups = this.optimizer.paramGroups.length;
    if (!Array.isArray(stateDict.baseLrs) || stateDict.baseLrs.length !== groups) {
      throw new ValueError(`${context}: baseLrs must hold one rate per parameter group (${groups}), got ${describeValue(stateDict.baseLrs)}`);
    }
    const baseLrs = stateDict.baseLrs.map((lr, index) => checkNumber(context, `baseLrs[${index}]`, lr, nonNegative));
    return { lastEpoch, baseLrs };
  }
}

/**
 * Checks that `options` is an object whose keys are all in `names` (a typo
 * such as `step_size` is an error, never ignored) and returns it.
 */
export function checkSchedulerOptions<Options extends object>(context: string, options: Options | undefined, names: readonly string[]): Partial<Options> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ValueError(`${context}: options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!names.includes(key)) throw new ValueError(`${context}: unknown option '${key}'; the options are ${names.join(', ')}`);
  }
  return options;
}
