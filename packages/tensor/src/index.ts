/**
 * @packageDocumentation
 * `@mnemo/tensor`: float32 tensors with NumPy broadcasting, reductions and a
 * fast matMul. The foundation every mnemo package builds on. Imports nothing.
 */
export { MnemoError, ShapeError, ValueError, IndexError, FormatError, type FormatErrorLocation } from './errors.js';
export { Tensor, tensor, isTensor, type NestedArray, type FlatArray } from './tensor.js';
export { sizeOf, stridesOf, formatShape, shapesEqual, type Shape } from './shape.js';
export { formatTensor, type FormatOptions } from './format.js';
export { createRng, rngFrom, rand, randn, uniform, type Rng, type RngState, type RandomSource } from './random.js';
export { type TensorLike } from './tensor-like.js';
export { zeros, ones, full, zerosLike, onesLike, arange, eye } from './creation.js';
export { broadcastShapes, broadcastTo, sumTo } from './broadcast.js';
export { add, sub, mul, div, pow, maximum, minimum } from './arithmetic.js';
export { equal, notEqual, greater, greaterEqual, less, lessEqual } from './compare.js';
export { neg, exp, log, sqrt, abs, sign, square, reciprocal } from './unary.js';
export { clip } from './clip.js';
export { where } from './where.js';
export { allFinite, isFinite } from './finite.js';
export { sum, mean, max, min, type Axes } from './reduce.js';
export { logSumExp } from './log-sum-exp.js';
export { variance } from './variance.js';
export { norm } from './norm.js';
export { argmax, argmin } from './argmax.js';
export { gemm, type GemmArgs } from './gemm.js';
export { matMul, type MatMulOptions } from './mat-mul.js';
export { reshape, expandDims, squeeze } from './reshape.js';
export { transpose, permute } from './transpose.js';
export { slice } from './slice.js';
export { concat, stack } from './concat.js';
export { split, chunk } from './split.js';
export { gather, scatterAdd, type Indices } from './gather.js';
export { pad } from './pad.js';
export { allClose, type AllCloseOptions } from './all-close.js';
