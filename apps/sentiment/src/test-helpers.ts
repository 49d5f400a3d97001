/**
 * Shared by the tests (not a test itself): a tiny model trained in well under
 * a second on a small slice of the corpus, in a fresh temporary directory.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSentimentSentences, type SentimentSentence } from '@mnemo/datasets';
import { defaultTrainingConfig, type ModelConfig, type TrainingConfig } from './config.js';
import type { ProgressOutput } from './progress-bar.js';
import { trainModel, type TrainOptions, type TrainResult } from './train.js';

/** Every 25th sentence of the corpus: 120 sentences, both labels. */
export function smallCorpus(): SentimentSentence[] {
  return loadSentimentSentences().filter((_, index) => index % 25 === 0);
}

/** A model small enough to train in a blink. */
export const tinyModel: Omit<ModelConfig, 'vocabularySize'> = {
  embeddingSize: 8,
  hiddenSize: 6,
  bidirectional: false,
  pooling: 'last',
  dropout: 0.2,
  embeddingDropout: 0.1,
  maxLength: 40,
};

/** A few epochs, small batches. */
export const tinyTraining: TrainingConfig = { ...defaultTrainingConfig, epochs: 3, batchSize: 16, patience: 5, seed: 5, validationFraction: 0.2 };

/** A progress output that keeps what is written. */
export function collector(isTTY = false): ProgressOutput & { text: string } {
  const output = { text: '', isTTY, write(chunk: string) { output.text += chunk; return true; } };
  return output;
}

/** A new empty temporary directory. */
export function temporaryDirectory(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'mnemo-sentiment-test-'));
}

/** Trains the tiny model into a new temporary directory (or `directory`). */
export async function trainTiny(overrides: Partial<TrainOptions> & { model?: Partial<typeof tinyModel>; training?: Partial<TrainingConfig> } = {}): Promise<TrainResult> {
  const { model, training, ...options } = overrides;
  return trainModel({
    directory: options.directory ?? (await temporaryDirectory()),
    config: { model: { ...tinyModel, ...model }, training: { ...tinyTraining, ...training } },
    sentences: smallCorpus(),
    output: collector(),
    ...options,
  });
}
