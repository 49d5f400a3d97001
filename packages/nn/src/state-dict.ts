/**
 * Checking a state dict against a module's parameters, before anything is
 * copied: every problem is collected, then reported in one error.
 */
import type { Parameter } from '@mnemo/autograd';
import { describeValue } from './describe-value.js';
import { ShapeError, ValueError, formatShape, isTensor, shapesEqual, type MnemoError, type Shape, type Tensor } from '@mnemo/tensor';

/** What {@link Module.loadStateDict} reports: names it skipped (only possible with `strict: false`). */
export interface LoadStateDictResult {
  /** Parameter names the module has but the dict lacks (left unchanged). */
  missing: string[];
  /** Names the dict has but the module lacks (ignored). */
  unexpected: string[];
}

/** Everything wrong between a module's parameters and a state dict. */
export interface StateDictProblems {
  missing: string[];
  unexpected: string[];
  mismatched: { name: string; expected: Shape; actual: Shape }[];
  invalid: { name: string; got: string }[];
}

/** Collects every problem between `named` (a module's parameters) and `dict`. Throws only when `dict` is not an object. */
export function checkStateDict(op: string, named: readonly (readonly [string, Parameter])[], dict: Record<string, Tensor>): StateDictProblems {
  if (typeof dict !== 'object' || dict === null || Array.isArray(dict) || isTensor(dict)) {
    throw new ValueError(`${op}: dict must be an object mapping parameter names to Tensors, got ${describeValue(dict)}`);
  }
  const own = new Set(named.map(([name]) => name));
  const problems: StateDictProblems = { missing: [], unexpected: [], mismatched: [], invalid: [] };
  for (const [name, param] of named) {
    if (!Object.prototype.hasOwnProperty.call(dict, name)) {
      problems.missing.push(name);
      continue;
    }
    const value: unknown = dict[name];
    if (!isTensor(value)) {
      problems.invalid.push({ name, got: describeValue(value) });
    } else if (!shapesEqual(value.shape, param.value.shape)) {
      problems.mismatched.push({ name, expected: param.value.shape, actual: value.shape });
    }
  }
  for (const name of Object.keys(dict)) if (!own.has(name)) problems.unexpected.push(name);
  return problems;
}

/**
 * One error listing every problem, or null when there is none: a ShapeError
 * when any shape mismatches, a ValueError otherwise.
 */
export function formatProblems(op: string, problems: StateDictProblems): MnemoError | null {
  const { missing, unexpected, mismatched, invalid } = problems;
  const lines: string[] = [];
  if (missing.length > 0) lines.push(`missing from the dict (${missing.length}): ${missing.join(', ')}`);
  if (unexpected.length > 0) lines.push(`unexpected in the dict (${unexpected.length}): ${unexpected.join(', ')}`);
  for (const { name, expected, actual } of mismatched) {
    lines.push(`shape mismatch: ${name} is ${formatShape(expected)} in the module, ${formatShape(actual)} in the dict`);
  }
  for (const { name, got } of invalid) lines.push(`not a Tensor: ${name} is ${got}`);
  if (lines.length === 0) return null;
  const count = missing.length + unexpected.length + mismatched.length + invalid.length;
  const message = `${op}: the state dict does not fit the module (${count} problem${count === 1 ? '' : 's'}; nothing was loaded):\n  ${lines.join('\n  ')}`;
  return mismatched.length > 0 ? new ShapeError(message) : new ValueError(message);
}

/**
 * Checks `dict` against the parameters completely, throws one error listing
 * every problem (missing and unexpected names only when `strict`), and only
 * then copies the values into the parameters' data in place.
 */
export function loadStateDictInto(op: string, named: readonly (readonly [string, Parameter])[], dict: Record<string, Tensor>, strict: boolean): LoadStateDictResult {
  if (typeof strict !== 'boolean') throw new ValueError(`${op}: options.strict must be a boolean, got ${describeValue(strict)}`);
  const problems = checkStateDict(op, named, dict);
  const error = formatProblems(op, strict ? problems : { ...problems, missing: [], unexpected: [] });
  if (error) throw error;
  for (const [name, param] of named) {
    if (Object.prototype.hasOwnProperty.call(dict, name)) param.value.data.set(dict[name].data);
  }
  return { missing: problems.missing, unexpected: problems.unexpected };
}
