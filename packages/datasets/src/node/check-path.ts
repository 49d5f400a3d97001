/** Internal: a path argument must be a non-empty string. */
import { ValueError } from '@mnemo/tensor';
import { describe } from '../options.js';

export function checkPath(op: string, name: string, path: unknown): string {
  if (typeof path !== 'string' || path === '') throw new ValueError(`${op}: ${name} must be a non-empty string, got ${describe(path)}`);
  return path;
}
