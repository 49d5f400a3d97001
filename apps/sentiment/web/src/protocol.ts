/**
 * The messages between the page and the training worker. A trained model
 * travels as the three files of a model directory, byte for byte what the CLI
 * writes, so the page loads it exactly as it loads files the user picks.
 */
import type { BundleContents } from '../../src/bundle-format.js';
import type { BatchProgress, EpochRecord } from '../../src/training-loop.js';

/** The three files of a model directory (see apps/sentiment/src/bundle-format.ts). */
export type ModelFiles = BundleContents;

/** Page -> worker: what to train. */
export interface TrainRequest {
  type: 'train';
  /** Most epochs (early stopping may end sooner). */
  epochs: number;
  /** Use a stratified sample of this many corpus sentences (all 3,000 when larger). */
  limit: number;
  /** Seed of the sample, the split, the initial weights, dropout and batch order. */
  seed: number;
}

/** Worker -> page. */
export type WorkerMessage =
  | { type: 'start'; train: number; validation: number; test: number; vocabularySize: number; parameters: number }
  | { type: 'batch'; progress: BatchProgress }
  /** An epoch ended; `model` is set when its validation loss is the lowest so far (the weights kept). */
  | { type: 'epoch'; record: EpochRecord; model: ModelFiles | null }
  | { type: 'done'; stopReason: string; bestEpoch: number; seconds: number; testAccuracy: number }
  | { type: 'error'; message: string };
