/**
 * Internal: option checks shared by every function in the package. Each
 * throws a ValueError naming the function, the option and the bad value, so
 * `batches(items, 0)` says `batches(items, batchSize): batchSize must be a
 * positive integer, got 0` rather than looping forever.
 */
import { ValueError } from '@mnemo/tensor';

/** Renders a value for an error message: strings quoted, everything else as JavaScript prints it. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(describe).join(', ')}]`;
  if (typeof value === 'function') return 'a function';
  if (value !== null && typeof value === 'object') return Object.prototype.toString.call(value);
  return String(value);
}

/** Throws unless `options` is undefined or a plain object whose keys are all in `known`. */
export function checkOptions(op: string, options: unknown, known: readonly string[]): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ValueError(`${op}: options must be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new ValueError(`${op}: unknown option ${JSON.stringify(key)}; known options are ${known.join(', ')}`);
    }
  }
}

/** An integer >= `minimum` (default 1). */
export function checkInteger(op: string, name: string, value: unknown, minimum = 1): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
    const kind = minimum === 1 ? 'a positive integer' : minimum === 0 ? 'a non-negative integer' : `an integer >= ${minimum}`;
    throw new ValueError(`${op}: ${name} must be ${kind}, got ${describe(value)}`);
  }
  return value;
}

/** A finite number. */
export function checkFinite(op: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ValueError(`${op}: ${name} must be a finite number, got ${describe(value)}`);
  }
  return value;
}

/** One of the listed string values. */
export function checkChoice<T extends string>(op: string, name: string, value: unknown, choices: readonly T[]): T {
  if (!choices.includes(value as T)) {
    throw new ValueError(`${op}: ${name} must be ${choices.map((choice) => JSON.stringify(choice)).join(' or ')}, got ${describe(value)}`);
  }
  return value as T;
}

/** A function. */
export function checkFunction<T>(op: string, name: string, value: unknown): T {
  if (typeof value !== 'function') throw new ValueError(`${op}: ${name} must be a function, got ${describe(value)}`);
  return value as T;
}

/** A boolean. */
export function checkBoolean(op: string, name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new ValueError(`${op}: ${name} must be true or false, got ${describe(value)}`);
  return value;
}

/** Throws unless `value` is an array. */
export function checkArray(op: string, name: string, value: unknown): void {
  if (!Array.isArray(value)) throw new ValueError(`${op}: ${name} must be an array, got ${describe(value)}`);
}
