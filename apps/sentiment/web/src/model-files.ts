/**
 * A model directory in the browser: the three files the CLI saves
 * (weights.safetensors, vocabulary.json, config.json), picked by the user or
 * sent by the training worker, checked and turned into a ready model. Every
 * problem is a FormatError that names the file and says what is wrong.
 */
import { Vocabulary } from '@mnemo/datasets';
import { decodeSafetensors } from '@mnemo/nn';
import { FormatError } from '@mnemo/tensor';
import type { Bundle, BundleInfo } from '../../src/bundle.js';
import { validateModelConfig, validateTrainingConfig } from '../../src/config.js';
import { SentimentClassifier } from '../../src/model.js';
import type { ModelFiles } from './protocol.js';

/** The file names inside a model directory, as the CLI writes them. */
export const modelFileNames = { weights: 'weights.safetensors', vocabulary: 'vocabulary.json', config: 'config.json' } as const;

const retrain = 'the file is corrupted or from another program; train again';

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FormatError(`not valid JSON (${(error as Error).message}); ${retrain}`, { file });
  }
}

/** config.json's contents, checked as the CLI's loadBundle checks them. */
function checkInfo(value: unknown): BundleInfo {
  const fail = (problem: string): never => {
    throw new FormatError(`${problem}; ${retrain}`, { file: modelFileNames.config });
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('expected a JSON object');
  const info = value as Partial<BundleInfo>;
  if (info.format !== 'mnemo-sentiment') fail(`format must be "mnemo-sentiment", got ${JSON.stringify(info.format)}`);
  if (info.version !== 1) fail(`unsupported version ${JSON.stringify(info.version)}; this page reads version 1`);
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
  const info = checkInfo(parseJson(modelFileNames.config, files.config));
  const vocabulary = Vocabulary.fromJSON(parseJson(modelFileNames.vocabulary, files.vocabulary), { file: modelFileNames.vocabulary });
  if (vocabulary.size !== info.model.vocabularySize) {
    throw new FormatError(`holds ${vocabulary.size} tokens but config.json says vocabularySize ${info.model.vocabularySize}; the files are from different runs`, { file: modelFileNames.vocabulary });
  }
  const { tensors } = decodeSafetensors(files.weights, { file: modelFileNames.weights });
  const model = new SentimentClassifier(info.model, { seed: info.training.seed });
  try {
    model.loadStateDict(tensors);
  } catch (error) {
    throw new FormatError(`the weights do not fit the model config.json describes: ${(error as Error).message}`, { file: modelFileNames.weights });
  }
  model.eval();
  return { directory: 'browser', model, vocabulary, info };
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
  const missing = Object.values(modelFileNames).filter((name) => !byName.has(name));
  if (missing.length > 0) {
    const got = byName.size === 0 ? 'no files' : [...byName.keys()].join(', ');
    throw new FormatError(`pick the three files of a model directory saved by the CLI (e.g. apps/sentiment/runs/default/); missing ${missing.join(', ')} (got ${got})`);
  }
  const text = (name: string): Promise<string> => byName.get(name)!.text();
  return {
    weights: new Uint8Array(await byName.get(modelFileNames.weights)!.arrayBuffer()),
    vocabulary: await text(modelFileNames.vocabulary),
    config: await text(modelFileNames.config),
  };
}
