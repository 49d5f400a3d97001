/**
 * How an optimizer's per-parameter state is laid out, so the base class can
 * copy it into a state dict and check a state dict before loading it
 * (internal).
 */
import { ShapeError, ValueError } from '@mnemo/tensor';
import { describeValue } from './options.js';

/**
 * The kind of one state field: `count` is an integer >= 0 (the step number),
 * `buffer` a Float32Array the size of the parameter, `optionalBuffer` such a
 * buffer or null (created only with some options).
 */
export type StateFieldKind = 'count' | 'buffer' | 'optionalBuffer';

/** The kind of every field of an optimizer's per-parameter state. */
export type StateSchema<State> = { readonly [Key in keyof State]-?: StateFieldKind };

/** A deep copy of one parameter's state: buffers copied, counts as they are. */
export function copyState<State extends object>(state: State, schema: StateSchema<State>): State {
  const copy = {} as Record<string, unknown>;
  for (const name of Object.keys(schema)) {
    const value = (state as Record<string, unknown>)[name];
    copy[name] = value instanceof Float32Array ? value.slice() : value;
  }
  return copy as State;
}

function checkBuffer(context: string, name: string, value: unknown, size: number): Float32Array {
  const isNumbers = Array.isArray(value) && value.every((element) => typeof element === 'number');
  if (!(value instanceof Float32Array) && !isNumbers) {
    throw new ValueError(`${context}: ${name} must be a Float32Array (or an array of numbers) of length ${size}, got ${describeValue(value)}`);
  }
  const length = (value as ArrayLike<number>).length;
  if (length !== size) throw new ShapeError(`${context}: ${name} has length ${length}, but the parameter has ${size} elements`);
  return Float32Array.from(value as ArrayLike<number>);
}

/**
 * Checks one saved state entry against the schema and returns a copy of it
 * for a parameter of `size` elements. Throws ValueError for a missing, extra
 * or mistyped field and ShapeError for a buffer of the wrong length.
 */
export function checkStateEntry<State extends object>(context: string, entry: unknown, schema: StateSchema<State>, size: number): State {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new ValueError(`${context}: expected an object, got ${describeValue(entry)}`);
  }
  const fields = Object.keys(schema);
  for (const key of Object.keys(entry)) {
    if (!fields.includes(key)) throw new ValueError(`${context}: unknown field '${key}'; the fields are ${fields.join(', ')}`);
  }
  const copy = {} as Record<string, unknown>;
  for (const name of fields) {
    const value = (entry as Record<string, unknown>)[name];
    const kind = (schema as Record<string, StateFieldKind>)[name];
    if (kind === 'count') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        throw new ValueError(`${context}: ${name} must be an integer >= 0, got ${describeValue(value)}`);
      }
      copy[name] = value;
    } else if (kind === 'optionalBuffer' && (value === null || value === undefined)) {
      copy[name] = null;
    } else {
      copy[name] = checkBuffer(context, name, value, size);
    }
  }
  return copy as State;
}
