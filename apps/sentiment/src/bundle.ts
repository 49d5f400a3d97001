/**
 * The model directory: what `train` writes and every other command reads.
 *
 *   weights.safetensors   the best weights (lowest validation loss)
 *   vocabulary.json       the training split's vocabulary
 *   config.json           model and training settings, the prior, the best epoch and its figures
 *
 * Each file is written atomically (`writeFileAtomic`: temporary file, fsync,
 * rename), and loading checks everything, naming the file at fault.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Vocabulary } from '@mnemo/datasets';
import { loadWeights, saveWeights, writeFileAtomic } from '@mnemo/nn/node';
import { FormatError, MnemoError } from '@mnemo/tensor';
import { validateModelConfig, validateTrainingConfig, type ModelConfig, type TrainingConfig } from './config.js';
import { SentimentClassifier } from './model.js';

/** The file names inside a model directory. */
export const bundleFiles = Object.freeze({
  weights: 'weights.safetensors',
  vocabulary: 'vocabulary.json',
  config: 'config.json',
});

/** The contents of config.json. */
export interface BundleInfo {
  format: 'mnemo-sentiment';
  version: 1;
  model: ModelConfig;
  training: TrainingConfig;
  /** Share of positive sentences in the training part: the answer for empty input. */
  positiveRate: number;
  /** The epoch whose weights were saved (1-based). */
  bestEpoch: number;
  /** Validation loss and accuracy of those weights. */
  validation: { loss: number; accuracy: number };
}

/** A loaded model directory. */
export interface Bundle {
  directory: string;
  model: SentimentClassifier;
  vocabulary: Vocabulary;
  info: BundleInfo;
}

/** A problem with a file of a model directory: a MnemoError whose message names the file and says what to do. */
export class BundleError extends MnemoError {
  static override readonly brand: symbol = Symbol.for('@mnemo/error/sentiment/BundleError');
  static override readonly errorName: string = 'BundleError';
}

/**
 * Writes the model directory's three files atomically (the directory must exist).
 *
 * @example
 * ```ts
 * await saveBundle('runs/default', { model, vocabulary, info });
 * ```
 */
export async function saveBundle(directory: string, bundle: Omit<Bundle, 'directory'>): Promise<void> {
  await saveWeights(join(directory, bundleFiles.weights), bundle.model, { metadata: { format: 'mnemo-sentiment', epoch: String(bundle.info.bestEpoch) } });
  await writeFileAtomic(join(directory, bundleFiles.vocabulary), `${JSON.stringify(bundle.vocabulary.toJSON())}\n`);
  await writeFileAtomic(join(directory, bundleFiles.config), `${JSON.stringify(bundle.info, null, 2)}\n`);
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

/** Parses a JSON file, or throws FormatError naming it. */
export function parseJsonFile(path: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new FormatError(`not valid JSON (${(error as Error).message}); the file is corrupted, train again`, { file: path });
  }
}

function checkInfo(path: string, value: unknown): BundleInfo {
  const fail = (problem: string): never => {
    throw new FormatError(`${problem}; the file is corrupted or from another program, train again`, { file: path });
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('expected a JSON object');
  const info = value as Partial<BundleInfo>;
  if (info.format !== 'mnemo-sentiment') fail(`format must be "mnemo-sentiment", got ${JSON.stringify(info.format)}`);
  if (info.version !== 1) fail(`unsupported version ${JSON.stringify(info.version)}; this program reads version 1`);
  try {
    validateModelConfig(info.model, 'model');
    validateTrainingConfig(info.training, 'training');
  } catch (error) {
    fail((error as Error).message);
  }
  if (typeof info.positiveRate !== 'number' || !(info.positiveRate >= 0 && info.positiveRate <= 1)) fail(`positiveRate must be a number in [0, 1], got ${JSON.stringify(info.positiveRate)}`);
  if (!Number.isInteger(info.bestEpoch)) fail(`bestEpoch must be an integer, got ${JSON.stringify(info.bestEpoch)}`);
  return info as BundleInfo;
}

/**
 * Loads a model directory: config.json (validated), vocabulary.json (its size
 * must match the config) and weights.safetensors (names and shapes must match
 * the model the config describes). Any problem throws a MnemoError naming the file.
 *
 * @example
 * ```ts
 * const { model, vocabulary, info } = await loadBundle('runs/default');
 * ```
 */
export async function loadBundle(directory: string): Promise<Bundle> {
  const configPath = join(directory, bundleFiles.config);
  const info = checkInfo(configPath, parseJsonFile(configPath, await readBundleFile(configPath, 'model settings')));
  const vocabularyPath = join(directory, bundleFiles.vocabulary);
  const vocabularyBytes = await readBundleFile(vocabularyPath, 'vocabulary');
  const vocabulary = Vocabulary.fromJSON(parseJsonFile(vocabularyPath, vocabularyBytes), { file: vocabularyPath });
  if (vocabulary.size !== info.model.vocabularySize) {
    throw new FormatError(`holds ${vocabulary.size} tokens but ${configPath} says vocabularySize ${info.model.vocabularySize}; the files are from different runs`, { file: vocabularyPath });
  }
  const weightsPath = join(directory, bundleFiles.weights);
  await readBundleFile(weightsPath, 'model weights'); // a clear "not found" before decoding
  const model = new SentimentClassifier(info.model, { seed: info.training.seed });
  await loadWeights(weightsPath, model);
  model.eval();
  return { directory, model, vocabulary, info };
}
