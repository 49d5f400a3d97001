/**
 * Cheap checks at the top of every pure update function (internal): the
 * gradient and each state buffer must have the parameter's length. They run
 * once per call, not per element, and allocate nothing unless they throw.
 */
import { ShapeError, ValueError } from '@mnemo/tensor';

/** Throws ShapeError unless `buffer` has `length` elements; ValueError if it is missing. */
export function checkBufferLength(op: string, name: string, buffer: Float32Array | null, length: number): Float32Array {
  if (buffer === null) throw new ValueError(`${op}: ${name} is null, but the options need it (was the state created with other options?)`);
  if (buffer.length !== length) throw new ShapeError(`${op}: ${name} has ${buffer.length} elements, param has ${length}`);
  return buffer;
}
