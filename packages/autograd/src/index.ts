/**
 * @packageDocumentation
 * `@mnemo/autograd`: reverse-mode automatic differentiation for mnemo tensors.
 * A {@link Variable} remembers the op that made it; `backward()` walks that
 * record back to the leaves. Ops are made with {@link defineOp}, forward and
 * backward side by side. The gradient checker lives in `@mnemo/autograd/testing`.
 */
export { Variable, Parameter, variable, parameter, isVariable, type Input, type VariableOptions } from './variable.js';
export { backward } from './backward.js';
export { noGrad, isGradEnabled } from './grad-mode.js';
export {
  defineOp,
  type Op,
  type OpSpec,
  type ForwardResult,
  type BackwardContext,
  type GradOutputOf,
  type OpOutputOf,
  type SavedOf,
} from './define-op.js';
export { add, sub, neg } from './add.js';
export { mul, square } from './mul.js';
export { div, reciprocal } from './div.js';
export { pow } from './pow.js';
export { exp, log, sqrt, abs } from './unary.js';
export { maximum, minimum } from './maximum.js';
export { clip } from './clip.js';
export { where } from './where.js';
export { sum, mean } from './sum.js';
export { max, min } from './max.js';
export { logSumExp } from './log-sum-exp.js';
export { variance } from './variance.js';
export { norm, type NormOrder } from './norm.js';
export { type Axes } from './gradient-shapes.js';
export { matMul, type MatMulOptions } from './mat-mul.js';
export { reshape, expandDims, squeeze } from './reshape.js';
export { permute, transpose } from './permute.js';
export { slice, pad, type Paddings } from './slice.js';
export { concat, stack } from './concat.js';
export { split, chunk } from './split.js';
export { gather } from './gather.js';
export { broadcastTo } from './broadcast-to.js';
