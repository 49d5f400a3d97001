/**
 * @packageDocumentation
 * `@mnemo/optim`: optimizers with PyTorch's update rules and defaults (SGD,
 * Adam, AdamW, RMSprop, Adagrad), each a class over parameter groups plus a
 * pure in-place update function; gradient clipping; learning-rate schedules;
 * resumable state dicts. Imports `@mnemo/tensor` and `@mnemo/autograd` only.
 */
export {
  Optimizer,
  type OptimizerSettings,
  type OptimizerStateDict,
  type OptimizerDefinition,
  type ParamGroup,
  type NonFiniteMode,
} from './optimizer.js';
export type { NamedParameter, ParameterList, ParamGroupInput, ParamsInput } from './parameters.js';
export type { OptionsSpec, OptionSpec, NumberSpec, FlagSpec, BetasSpec } from './options.js';
export type { StateSchema, StateFieldKind } from './state-schema.js';
export { NonFiniteGradientError, type NonFiniteGradient } from './non-finite-gradient-error.js';
export { SGD, sgdUpdate, type SGDOptions, type SGDState } from './sgd.js';
export { Adam, adamUpdate, type AdamOptions, type AdamState } from './adam.js';
export { AdamW, adamWUpdate, type AdamWOptions } from './adamw.js';
export { RMSprop, rmspropUpdate, type RMSpropOptions, type RMSpropState } from './rmsprop.js';
export { Adagrad, adagradUpdate, type AdagradOptions, type AdagradState } from './adagrad.js';
export { clipGradNorm, type ClipGradNormOptions } from './clip-grad-norm.js';
export { clipGradValue } from './clip-grad-value.js';
export { LRScheduler, type LRSchedulerStateDict, type SchedulableOptimizer } from './lr-scheduler.js';
export { StepLR, type StepLROptions } from './step-lr.js';
export { ExponentialLR, type ExponentialLROptions } from './exponential-lr.js';
export { CosineAnnealingLR, type CosineAnnealingLROptions } from './cosine-annealing-lr.js';
export { LinearLR, type LinearLROptions } from './linear-lr.js';
export { SequentialLR, type SequentialLROptions } from './sequential-lr.js';
export { ReduceLROnPlateau, type ReduceLROnPlateauOptions, type ReduceLROnPlateauStateDict } from './reduce-lr-on-plateau.js';
