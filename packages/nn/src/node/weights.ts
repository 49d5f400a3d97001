/**
 * Saving and loading a module's weights as a safetensors file.
 */
import { readFile } from 'node:fs/promises';
import { FormatError, IndexError, MnemoError, ShapeError, ValueError } from '@mnemo/tensor';
import type { LoadStateDictOptions, Module } from '../module.js';
import type { LoadStateDictResult } from '../state-dict.js';
import { decodeSafetensors, type DecodedSafetensors } from '../safetensors/decode.js';
import { encodeSafetensors } from '../safetensors/encode.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** Options for {@link saveWeights}. */
export interface SaveWeightsOptions {
  /** Strings stored in the file's `__metadata__` (e.g. `{ epoch: '3' }`). */
  metadata?: Record<string, string>;
}

/** What {@link loadWeights} returns: the file's metadata and the names skipped with `strict: false`. */
export interface LoadWeightsResult extends LoadStateDictResult {
  metadata: Record<string, string>;
}

/**
 * Saves a module's parameters (its {@link Module.stateDict}) to a
 * safetensors file, atomically: the bytes are encoded first, then written to
 * a temporary file beside `path` and renamed over it, so a crash or an error
 * never leaves a half-written file and an existing file survives a failed save.
 *
 * @example
 * ```ts
 * await saveWeights('model.safetensors', model, { metadata: { epoch: '3' } });
 * ```
 */
export async function saveWeights(path: string, module: Module, options: SaveWeightsOptions = {}): Promise<void> {
  const bytes = encodeSafetensors(module.stateDict(), options.metadata);
  await writeFileAtomic(path, bytes);
}

/**
 * Loads a safetensors file into a module's parameters, in place. The file
 * is decoded and checked completely (format, then names and shapes against
 * the module) before any parameter changes: on any error the module is left
 * untouched. Errors name the file: a FormatError for a truncated or corrupted
 * file, a ShapeError or ValueError listing every missing, unexpected and
 * mismatched tensor.
 *
 * @example
 * ```ts
 * const { metadata } = await loadWeights('model.safetensors', model);
 * metadata.epoch // '3'
 * ```
 */
export async function loadWeights(path: string, module: Module, options: LoadStateDictOptions = {}): Promise<LoadWeightsResult> {
  const { tensors, metadata } = await readSafetensors(path);
  try {
    return { ...module.loadStateDict(tensors, options), metadata };
  } catch (error) {
    throw withFile(path, error);
  }
}

/**
 * Reads and decodes a safetensors file without a module: every tensor
 * (converted to float32) and the metadata. Throws FormatError naming the file
 * when it is truncated or corrupted.
 *
 * @example
 * ```ts
 * const { tensors } = await readSafetensors('model.safetensors');
 * Object.keys(tensors) // ['embedding.weight', 'lstm.weight_ih_l0', ...]
 * ```
 */
export async function readSafetensors(path: string): Promise<DecodedSafetensors> {
  const bytes = await readFile(path);
  return decodeSafetensors(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { file: path });
}

/** The same kind of error with the file name in front, the original as `cause`. */
function withFile(path: string, error: unknown): unknown {
  if (!MnemoError.isInstance(error)) return error;
  const message = `${path}: ${error.message}`;
  if (ShapeError.isInstance(error)) return new ShapeError(message, { cause: error });
  if (IndexError.isInstance(error)) return new IndexError(message, { cause: error });
  if (FormatError.isInstance(error)) return error;
  if (ValueError.isInstance(error)) return new ValueError(message, { cause: error });
  return new MnemoError(message, { cause: error });
}
