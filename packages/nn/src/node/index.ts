/**
 * @packageDocumentation
 * `@mnemo/nn/node`: weight files on disk (Node only). Saving is atomic; a
 * failed load leaves the module untouched. The main `@mnemo/nn` entry stays
 * browser-safe and offers the same format on bytes (`encodeSafetensors`,
 * `decodeSafetensors`).
 */
export { saveWeights, loadWeights, readSafetensors, type SaveWeightsOptions, type LoadWeightsResult } from './weights.js';
export { writeFileAtomic } from './write-file-atomic.js';
