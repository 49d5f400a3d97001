/**
 * The model directory's format, without files (browser-safe): what `train`
 * writes and every other command, and the web page, reads.
 *
 *   weights.safetensors   the best weights (lowest validation loss)
 *   vocabulary.json       the training split's vocabulary
 *   config.json           model and training settings, the prior, the best epoch and its figures
 *
 * {@link encodeBundle} turns a model into the three files' contents and
 * {@link decodeBundle} turns them back, checking everything and naming the
 * file at fault. bundle.ts reads and writes them on disk.
 */
import { Vocabulary } from '@mnemo/datasets';
import { decodeSafetensors, encodeSafetensors, type StateDict } from '@mnemo/nn';
import { FormatError, MnemoError } from '@mnemo/tensor';
import { validateModelConfig, validateTrainingConfig, type ModelConfig, type SentimentConfig, type TrainingConfig } from './config.js';
import { SentimentClassifier } from './model.js';
import type { EpochRecord } from './training-loop.js';

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
  /** Where it came from: a directory, or a word such as 'browser'. */
  directory: string;
  model: SentimentClassifier;
  vocabulary: Vocabulary;
  info: BundleInfo;
}

/** The three files of a model directory, as bytes (weights) and text (the JSON files). */
export interface BundleContents {
  /** weights.safetensors */
  weights: Uint8Array;
  /** vocabulary.json, as text */
  vocabulary: string;
  /** config.json, as text */
  config: string;
}

/** A problem with a file of a model directory: a MnemoError whose message names the file and says what to do. */
export class BundleError extends MnemoError {
  static override readonly brand: symbol = Symbol.for('@mnemo/error/sentiment/BundleError');
  static override readonly errorName: string = 'BundleError';
}

/**
 * config.json's contents for the weights of the epoch `record` describes.
 *
 * @example
 * ```ts
 * const info = bundleInfo(config, data.positiveRate, record); // info.bestEpoch === record.epoch
 * ```
 */
export function bundleInfo(config: SentimentConfig, positiveRate: number, record: EpochRecord): BundleInfo {
  return {
    format: 'mnemo-sentiment',
    version: 1,
    model: config.model,
    training: config.training,
    positiveRate,
    bestEpoch: record.epoch,
    validation: { loss: record.validationLoss, accuracy: record.validationAccuracy },
  };
}

/**
 * The three files' contents for a model (its current weights), its vocabulary and config.json's info.
 *
 * @example
 * ```ts
 * const { weights, vocabulary, config } = encodeBundle({ model, vocabulary, info });
 * ```
 */
export function encodeBundle(bundle: { model: { stateDict(): StateDict }; vocabulary: Vocabulary; info: BundleInfo }): BundleContents {
  return {
    weights: encodeSafetensors(bundle.model.stateDict(), { format: 'mnemo-sentiment', epoch: String(bundle.info.bestEpoch) }),
    vocabulary: `${JSON.stringify(bundle.vocabulary.toJSON())}\n`,
    config: `${JSON.stringify(bundle.info, null, 2)}\n`,
  };
}

/**
 * Parses JSON text, or throws FormatError naming `file`.
 *
 * @example
 * ```ts
 * parseJson('config.json', '{"a": 1}') // { a: 1 }
 * ```
 */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FormatError(`not valid JSON (${(error as Error).message}); the file is corrupted, train again`, { file });
  }
}

/**
 * Checks config.json's parsed contents, throwing FormatError naming `file` at the first problem.
 *
 * @example
 * ```ts
 * const info = checkInfo('runs/default/config.json', JSON.parse(text));
 * ```
 */
export function checkInfo(file: string, value: unknown): BundleInfo {
  const fail = (problem: string): never => {
    throw new FormatError(`${problem}; the file is corrupted or from another program, train again`, { file });
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

/** Where {@link decodeBundle}'s files came from, for the bundle and the error messages. */
export interface DecodeBundleOptions {
  /** The bundle's `directory`; default 'browser'. */
  directory?: string;
  /** How errors name a file; default its bare name. */
  fileName?: (name: string) => string;
}

/**
 * Builds the classifier a model directory describes and loads its weights:
 * config.json (validated), vocabulary.json (its size must match the config),
 * weights.safetensors (names and shapes must match the model the config
 * describes). Any problem throws FormatError naming the file at fault.
 *
 * @example
 * ```ts
 * const bundle = decodeBundle({ weights, vocabulary, config });
 * inspectText(bundle, 'Great phone!').probability // e.g. 0.97
 * ```
 */
export function decodeBundle(contents: BundleContents, options: DecodeBundleOptions = {}): Bundle {
  const { directory = 'browser', fileName = (name: string) => name } = options;
  const configFile = fileName(bundleFiles.config);
  const vocabularyFile = fileName(bundleFiles.vocabulary);
  const weightsFile = fileName(bundleFiles.weights);
  const info = checkInfo(configFile, parseJson(configFile, contents.config));
  const vocabulary = Vocabulary.fromJSON(parseJson(vocabularyFile, contents.vocabulary), { file: vocabularyFile });
  if (vocabulary.size !== info.model.vocabularySize) {
    throw new FormatError(`holds ${vocabulary.size} tokens but ${configFile} says vocabularySize ${info.model.vocabularySize}; the files are from different runs`, { file: vocabularyFile });
  }
  const { tensors } = decodeSafetensors(contents.weights, { file: weightsFile });
  const model = new SentimentClassifier(info.model, { seed: info.training.seed });
  try {
    model.loadStateDict(tensors);
  } catch (error) {
    throw new FormatError(`the weights do not fit the model ${configFile} describes: ${(error as Error).message}`, { file: weightsFile });
  }
  model.eval();
  return { directory, model, vocabulary, info };
}
