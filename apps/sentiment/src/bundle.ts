/**
 * The model directory on disk (the format is in bundle-format.ts): `saveBundle`
 * writes its three files, each atomically (`writeFileAtomic`: temporary file,
 * fsync, rename); `loadBundle` reads them, turning a missing or unreadable
 * file into a BundleError that names it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Vocabulary } from '@mnemo/datasets';
import { writeFileAtomic } from '@mnemo/nn/node';
import { BundleError, bundleFiles, decodeBundle, encodeBundle, parseJson, type Bundle, type BundleInfo } from './bundle-format.js';
import type { SentimentClassifier } from './model.js';

/**
 * Writes the model directory's three files atomically (the directory must exist).
 *
 * @example
 * ```ts
 * await saveBundle('runs/default', { model, vocabulary, info });
 * ```
 */
export async function saveBundle(directory: string, bundle: { model: SentimentClassifier; vocabulary: Vocabulary; info: BundleInfo }): Promise<void> {
  const contents = encodeBundle(bundle);
  await writeFileAtomic(join(directory, bundleFiles.weights), contents.weights);
  await writeFileAtomic(join(directory, bundleFiles.vocabulary), contents.vocabulary);
  await writeFileAtomic(join(directory, bundleFiles.config), contents.config);
}

/** Reads a file, turning "not found" and other file errors into a BundleError that names it. */
export async function readBundleFile(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BundleError(`${path}: not found (${what}). Train a model first: mnemo-sentiment train --model <dir>`);
    if (code === 'EISDIR') throw new BundleError(`${path}: is a directory, expected the ${what}`);
    throw new BundleError(`${path}: cannot read the ${what} (${(error as Error).message})`);
  }
}

/** Parses a JSON file's bytes (UTF-8), or throws FormatError naming it. */
export function parseJsonFile(path: string, bytes: Buffer): unknown {
  return parseJson(path, bytes.toString('utf8'));
}

/**
 * Loads a model directory: reads config.json, vocabulary.json and
 * weights.safetensors, then checks and builds the model with
 * {@link decodeBundle}. Any problem throws a MnemoError naming the file.
 *
 * @example
 * ```ts
 * const { model, vocabulary, info } = await loadBundle('runs/default');
 * ```
 */
export async function loadBundle(directory: string): Promise<Bundle> {
  const fileName = (name: string): string => join(directory, name);
  const config = (await readBundleFile(fileName(bundleFiles.config), 'model settings')).toString('utf8');
  const vocabulary = (await readBundleFile(fileName(bundleFiles.vocabulary), 'vocabulary')).toString('utf8');
  const weights = await readBundleFile(fileName(bundleFiles.weights), 'model weights');
  return decodeBundle({ config, vocabulary, weights: new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength) }, { directory, fileName });
}
