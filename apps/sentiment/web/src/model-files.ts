/**
 * A model directory in the browser: the three files the CLI saves
 * (weights.safetensors, vocabulary.json, config.json), picked by the user or
 * sent by the training worker, checked and turned into a ready model by the
 * CLI's own decoder (src/bundle-format.ts). Every problem is a FormatError
 * that names the file and says what is wrong.
 */
import { FormatError } from '@mnemo/tensor';
import { bundleFiles, decodeBundle, type Bundle } from '../../src/bundle-format.js';
import type { ModelFiles } from './protocol.js';

/**
 * Builds the classifier a model directory describes and loads its weights.
 * Throws FormatError naming the file at fault (bad JSON, a vocabulary whose
 * size disagrees with config.json, a truncated or foreign safetensors file,
 * weights whose names or shapes do not fit).
 *
 * @example
 * ```ts
 * const bundle = loadModelFiles({ weights, vocabulary, config });
 * inspectText(bundle, 'Great phone!').probability // e.g. 0.97
 * ```
 */
export function loadModelFiles(files: ModelFiles): Bundle {
  return decodeBundle(files, { directory: 'browser' });
}

/**
 * Reads the three files from a file input (by name; other files are ignored).
 * Throws FormatError listing any that are missing.
 *
 * @example
 * ```ts
 * const bundle = loadModelFiles(await readPickedFiles(input.files));
 * ```
 */
export async function readPickedFiles(picked: Iterable<File>): Promise<ModelFiles> {
  const byName = new Map([...picked].map((file) => [file.name, file]));
  const missing = Object.values(bundleFiles).filter((name) => !byName.has(name));
  if (missing.length > 0) {
    const got = byName.size === 0 ? 'no files' : [...byName.keys()].join(', ');
    throw new FormatError(`pick the three files of a model directory saved by the CLI (e.g. apps/sentiment/runs/default/); missing ${missing.join(', ')} (got ${got})`);
  }
  const text = (name: string): Promise<string> => byName.get(name)!.text();
  return {
    weights: new Uint8Array(await byName.get(bundleFiles.weights)!.arrayBuffer()),
    vocabulary: await text(bundleFiles.vocabulary),
    config: await text(bundleFiles.config),
  };
}
