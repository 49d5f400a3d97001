/**
 * @packageDocumentation
 * `@mnemo/autograd/testing`: a sharp numerical gradient checker for tests of
 * differentiable ops.
 */
export { gradCheck, assertGradCheck, GradCheckError, type GradCheckOptions, type GradCheckResult, type GradCheckElement } from './grad-check.js';
