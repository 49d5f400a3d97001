/**
 * @packageDocumentation
 * `@mnemo/nn`: neural-network building blocks. {@link Module} finds and names
 * its parameters, switches train/eval mode and saves and loads state dicts;
 * layers, losses and seeded initializers build on it; weights are exchanged
 * as safetensors bytes (files in the `@mnemo/nn/node` subpath).
 */
export { Module, isModule, type StateDict, type LoadStateDictOptions } from './module.js';
export type { LoadStateDictResult } from './state-dict.js';
export { Linear, type LinearOptions } from './linear.js';
export { Embedding, type EmbeddingOptions, type EmbeddingIds } from './embedding.js';
export { Dropout, type DropoutOptions } from './dropout.js';
export { Sequential, type SequentialLayer } from './sequential.js';
export { uniform } from './init/uniform.js';
export { normal } from './init/normal.js';
export { zeros } from './init/zeros.js';
export { glorotUniform, type GlorotUniformOptions } from './init/glorot-uniform.js';
export { heNormal, type HeNormalOptions } from './init/he-normal.js';
export { orthogonal, type OrthogonalOptions } from './init/orthogonal.js';
export { computeFans, type Fans } from './init/fans.js';
export { encodeSafetensors } from './safetensors/encode.js';
export { decodeSafetensors, type DecodedSafetensors, type DecodeSafetensorsOptions } from './safetensors/decode.js';
export { binaryCrossEntropyWithLogits, type BinaryCrossEntropyOptions } from './losses/binary-cross-entropy-with-logits.js';
export { crossEntropy, type CrossEntropyOptions } from './losses/cross-entropy.js';
export { mse, type MseOptions } from './losses/mse.js';
export type { Reduction, LossConstant } from './losses/reduction.js';
