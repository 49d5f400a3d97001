/**
 * @packageDocumentation
 * `@mnemo/activations`: numerically stable activation functions. Each takes a
 * plain Tensor (and returns one, computed directly) or a Variable (and returns
 * a differentiable Variable). The in-place kernels serve fused ops.
 */
export { sigmoid, sigmoidInPlace } from './sigmoid.js';
export { tanh, tanhInPlace } from './tanh.js';
export { relu, leakyRelu } from './relu.js';
export { elu } from './elu.js';
export { gelu, type GeluOptions } from './gelu.js';
export { softplus } from './softplus.js';
export { hardSigmoid } from './hard-sigmoid.js';
export { softmax, logSoftmax } from './softmax.js';
