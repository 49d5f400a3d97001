/**
 * @packageDocumentation
 * `@mnemo/tensor`: float32 tensors with NumPy broadcasting, reductions and a
 * fast matMul. The foundation every mnemo package builds on. Imports nothing.
 */
export { MnemoError, ShapeError, ValueError, IndexError, FormatError, type FormatErrorLocation } from './errors.js';
export { Tensor, tensor, isTensor, type NestedArray, type FlatArray } from './tensor.js';
export { sizeOf, stridesOf, formatShape, shapesEqual, type Shape } from './shape.js';
export { formatTensor, type FormatOptions } from './format.js';
export { createRng, rand, randn, uniform, type Rng, type RngState, type RandomSource } from './random.js';
