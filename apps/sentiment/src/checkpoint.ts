/**
 * The training checkpoint, written after every epoch so `train --resume`
 * continues exactly where a run stopped:
 *
 *   checkpoint.safetensors   the model's weights after the last finished epoch
 *   optimizer.safetensors    the optimizer's per-parameter buffers (Adam's moments)
 *   checkpoint.json          epoch, random generator states, early-stopping state,
 *                            history, the optimizer's scalar state, the settings
 *
 * checkpoint.json is written last and names the epoch stored in the two
 * weight files' metadata, so a crash between the writes is detected, not
 * silently resumed from mismatched files.
 */
import { join } from 'node:path';
import { encodeSafetensors } from '@mnemo/nn';
import { readSafetensors, writeFileAtomic } from '@mnemo/nn/node';
import type { OptimizerStateDict } from '@mnemo/optim';
import { FormatError, Tensor, type RngState } from '@mnemo/tensor';
import { BundleError } from './bundle-format.js';
import { parseJsonFile, readBundleFile } from './bundle.js';
import type { SentimentConfig } from './config.js';
import type { SentimentClassifier } from './model.js';
import type { AppOptimizer, EpochRecord } from './training-loop.js';

/** The checkpoint's file names. */
export const checkpointFiles = Object.freeze({
  weights: 'checkpoint.safetensors',
  optimizer: 'optimizer.safetensors',
  state: 'checkpoint.json',
});

/** Everything of a run besides the weights and optimizer buffers. */
export interface TrainingState {
  format: 'mnemo-sentiment-checkpoint';
  version: 1;
  /** Settings of the run (a resumed run must use the same). */
  config: SentimentConfig;
  /** The last finished epoch (1-based). */
  epoch: number;
  /** The batch-order generator and the model's dropout generator. */
  rng: { batches: RngState; dropout: RngState };
  bestEpoch: number;
  bestValidationLoss: number;
  epochsWithoutImprovement: number;
  /** Training seconds spent so far, over all sessions. */
  seconds: number;
  history: EpochRecord[];
  /** The optimizer's state dict with each buffer replaced by `{ tensor: name }` in optimizer.safetensors. */
  optimizer: unknown;
}

/** Splits an optimizer state dict into tensors (its Float32Array buffers) and the JSON rest. */
function splitOptimizerState(stateDict: OptimizerStateDict<{ lr: number }, object>): { json: unknown; tensors: Record<string, Tensor> } {
  const tensors: Record<string, Tensor> = {};
  const state: Record<string, Record<string, unknown>> = {};
  for (const [index, entry] of Object.entries(stateDict.state)) {
    state[index] = {};
    for (const [field, value] of Object.entries(entry as Record<string, unknown>)) {
      if (value instanceof Float32Array) {
        const name = `${index}.${field}`;
        tensors[name] = new Tensor(value, [value.length]);
        state[index][field] = { tensor: name };
      } else {
        state[index][field] = value;
      }
    }
  }
  return { json: { ...stateDict, state }, tensors };
}

function joinOptimizerState(json: unknown, tensors: Record<string, Tensor>, file: string): OptimizerStateDict<{ lr: number }, object> {
  const dict = json as { state?: Record<string, Record<string, unknown>> };
  if (dict === null || typeof dict !== 'object' || dict.state === null || typeof dict.state !== 'object') {
    throw new FormatError('optimizer: expected { state, paramGroups }', { file });
  }
  const state: Record<number, object> = {};
  for (const [index, entry] of Object.entries(dict.state)) {
    const restored: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(entry)) {
      const name = (value as { tensor?: unknown } | null)?.tensor;
      if (typeof name === 'string') {
        const stored = tensors[name];
        if (stored === undefined) throw new FormatError(`optimizer buffer "${name}" is missing`, { file });
        restored[field] = stored.data;
      } else {
        restored[field] = value;
      }
    }
    state[Number(index)] = restored;
  }
  return { ...(dict as OptimizerStateDict<{ lr: number }, object>), state };
}

/**
 * Writes the checkpoint of a finished epoch (see the file list above).
 *
 * @example
 * ```ts
 * await saveCheckpoint('runs/default', model, optimizer, state);
 * ```
 */
export async function saveCheckpoint(directory: string, model: SentimentClassifier, optimizer: AppOptimizer, state: Omit<TrainingState, 'optimizer'>): Promise<void> {
  const metadata = { format: 'mnemo-sentiment-checkpoint', epoch: String(state.epoch) };
  const { json, tensors } = splitOptimizerState(optimizer.stateDict());
  await writeFileAtomic(join(directory, checkpointFiles.weights), encodeSafetensors(model.stateDict(), metadata));
  await writeFileAtomic(join(directory, checkpointFiles.optimizer), encodeSafetensors(tensors, metadata));
  await writeFileAtomic(join(directory, checkpointFiles.state), `${JSON.stringify({ ...state, optimizer: json })}\n`);
}

/**
 * Reads the checkpoint of `directory` and restores the model's weights and
 * the optimizer's state from it; returns the rest. Throws a MnemoError naming
 * the file when one is missing, corrupted, or from another epoch than the others.
 *
 * @example
 * ```ts
 * const state = await loadCheckpoint('runs/default', model, optimizer);
 * state.epoch // the epoch to continue after
 * ```
 */
export async function loadCheckpoint(directory: string, model: SentimentClassifier, optimizer: AppOptimizer): Promise<TrainingState> {
  const statePath = join(directory, checkpointFiles.state);
  let bytes: Buffer;
  try {
    bytes = await readBundleFile(statePath, 'training checkpoint');
  } catch (error) {
    if (BundleError.isInstance(error)) throw new BundleError(`${statePath}: no checkpoint to resume from; start a run without --resume`);
    throw error;
  }
  const state = parseJsonFile(statePath, bytes) as TrainingState;
  if (state?.format !== 'mnemo-sentiment-checkpoint' || state.version !== 1 || !Number.isInteger(state.epoch)) {
    throw new FormatError('not a mnemo-sentiment checkpoint (format, version or epoch missing)', { file: statePath });
  }
  const weightsPath = join(directory, checkpointFiles.weights);
  const optimizerPath = join(directory, checkpointFiles.optimizer);
  await readBundleFile(weightsPath, 'checkpoint weights');
  await readBundleFile(optimizerPath, 'optimizer state');
  const weights = await readSafetensors(weightsPath);
  const buffers = await readSafetensors(optimizerPath);
  for (const [path, metadata] of [[weightsPath, weights.metadata], [optimizerPath, buffers.metadata]] as const) {
    if (metadata.epoch !== String(state.epoch)) {
      throw new FormatError(`holds epoch ${metadata.epoch ?? '?'} but ${statePath} says epoch ${state.epoch}; the run was interrupted while saving, so resume is not safe: train again without --resume`, { file: path });
    }
  }
  try {
    optimizer.loadStateDict(joinOptimizerState(state.optimizer, buffers.tensors, optimizerPath));
  } catch (error) {
    throw new FormatError(`does not fit this model's optimizer: ${(error as Error).message}`, { file: optimizerPath });
  }
  try {
    model.loadStateDict(weights.tensors);
  } catch (error) {
    throw new FormatError(`does not fit this model: ${(error as Error).message}`, { file: weightsPath });
  }
  return state;
}
