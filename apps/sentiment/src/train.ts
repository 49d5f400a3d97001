/**
 * The CLI's training run: the data, the model and the files around the shared
 * epoch loop (training-loop.ts): a progress bar per epoch, the best weights
 * saved and a checkpoint written after every epoch, `resume` from the last
 * checkpoint, and training.svg at the end.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSentimentSentences, type SentimentSentence } from '@mnemo/datasets';
import { readSafetensors, writeFileAtomic } from '@mnemo/nn/node';
import { createRng } from '@mnemo/tensor';
import { bundleFiles, bundleInfo } from './bundle-format.js';
import { parseJsonFile, readBundleFile, saveBundle } from './bundle.js';
import { checkpointFiles, loadCheckpoint, saveCheckpoint, type TrainingState } from './checkpoint.js';
import { validateModelConfig, validateTrainingConfig, type ModelConfig, type SentimentConfig, type TrainingConfig } from './config.js';
import { prepareData, type PreparedData } from './data.js';
import { SentimentClassifier } from './model.js';
import { ProgressBar, type ProgressOutput } from './progress-bar.js';
import { trainingCurvesSvg } from './report.js';
import { makeOptimizer, makeScheduler, runTrainingLoop, type EpochRecord, type LoopState, type StopReason } from './training-loop.js';

/** Options of {@link trainModel}. */
export interface TrainOptions {
  /** The model directory (created if missing). */
  directory: string;
  /** Settings; the vocabulary size is filled in from the data. Ignored with `resume` (the checkpoint's are used). */
  config: { model: Omit<ModelConfig, 'vocabularySize'>; training: TrainingConfig };
  /** The corpus; default the bundled 3,000 sentences. */
  sentences?: readonly SentimentSentence[];
  /** Continue from the directory's checkpoint. */
  resume?: boolean;
  /** Where progress bars go; default stdout. */
  output?: ProgressOutput;
  /** Where one-line messages go; default nowhere. */
  log?: (line: string) => void;
  /** Stop (as if interrupted) after this epoch: for tests of resume. */
  stopAfterEpoch?: number;
  /** Write training.svg (default true). */
  writeCurves?: boolean;
}

/** What a training run produced. The model holds the best weights. */
export interface TrainResult {
  model: SentimentClassifier;
  data: PreparedData;
  config: SentimentConfig;
  history: EpochRecord[];
  bestEpoch: number;
  /** Why training ended: 'early stopping', 'epochs', 'time limit' or 'interrupted'. */
  stopReason: StopReason;
  /** Seconds spent in the training loop, over all sessions of the run. */
  seconds: number;
  /** Paths of the files written. */
  files: { directory: string; curves: string | null };
}

async function savedConfig(directory: string): Promise<SentimentConfig> {
  const path = join(directory, checkpointFiles.state);
  const state = parseJsonFile(path, await readBundleFile(path, 'training checkpoint')) as Partial<TrainingState>;
  return { model: validateModelConfig(state?.config?.model, `${path}: model`), training: validateTrainingConfig(state?.config?.training, `${path}: training`) };
}

/**
 * Trains a classifier and saves it to `options.directory` (see bundle.ts and
 * checkpoint.ts for the files). The returned model holds the weights of the
 * epoch with the lowest validation loss.
 *
 * @example
 * ```ts
 * const { model, data, history } = await trainModel({
 *   directory: 'runs/default',
 *   config: { model: defaultModelConfig, training: defaultTrainingConfig },
 *   log: console.log,
 * });
 * ```
 */
export async function trainModel(options: TrainOptions): Promise<TrainResult> {
  const { directory, log = () => undefined } = options;
  await mkdir(directory, { recursive: true });
  const requested = options.resume ? await savedConfig(directory) : options.config;
  const training = validateTrainingConfig({ ...requested.training });
  const data = prepareData(options.sentences ?? loadSentimentSentences(), training, requested.model.maxLength);
  const modelConfig = validateModelConfig({ ...requested.model, vocabularySize: data.vocabulary.size });
  const config: SentimentConfig = { model: modelConfig, training };
  const model = new SentimentClassifier(modelConfig, { seed: training.seed });
  const optimizer = makeOptimizer(model, training);
  const scheduler = makeScheduler(optimizer, training);
  const batchRng = createRng(training.seed + 7919);

  let resumeFrom: LoopState | undefined;
  let secondsBefore = 0;
  if (options.resume) {
    const state = await loadCheckpoint(directory, model, optimizer);
    if (state.config.model.vocabularySize !== modelConfig.vocabularySize) {
      throw new Error(`checkpoint in ${directory} has vocabulary size ${state.config.model.vocabularySize}, but the data gives ${modelConfig.vocabularySize}`);
    }
    batchRng.setState(state.rng.batches);
    model.rng.setState(state.rng.dropout);
    scheduler?.loadStateDict({ lastEpoch: state.epoch, baseLrs: [training.learningRate] });
    const { epoch, history, bestEpoch, bestValidationLoss, epochsWithoutImprovement } = state;
    resumeFrom = { epoch, history, bestEpoch, bestValidationLoss, epochsWithoutImprovement, bestState: (await readSafetensors(join(directory, bundleFiles.weights))).tensors };
    secondsBefore = state.seconds;
    log(`resuming after epoch ${epoch} (best so far: epoch ${bestEpoch}, validation loss ${bestValidationLoss.toFixed(4)})`);
  }
  log(
    `training on ${data.train.length} sentences (validation ${data.validation.length}, test ${data.test.length}), ` +
      `vocabulary ${data.vocabulary.size} tokens, ${model.parameters().reduce((total, parameter) => total + parameter.size, 0).toLocaleString('en-US')} parameters`,
  );

  const elapsed = (sessionSeconds: number): number => secondsBefore + sessionSeconds;
  let bar: ProgressBar | null = null;
  const loop = await runTrainingLoop({
    model,
    optimizer,
    scheduler,
    training,
    data,
    batchRng,
    resumeFrom,
    onEpochStart: (epoch) => {
      bar = new ProgressBar({ total: data.train.length, label: `epoch ${String(epoch).padStart(String(training.epochs).length)}/${training.epochs}`, output: options.output });
    },
    onBatch: (progress) => bar?.update(progress.seen, { loss: progress.loss, accuracy: progress.accuracy }),
    onEpoch: async ({ record, improved, state, sessionSeconds }) => {
      if (improved) await saveBundle(directory, { model, vocabulary: data.vocabulary, info: bundleInfo(config, data.positiveRate, record) });
      await saveCheckpoint(directory, model, optimizer, {
        format: 'mnemo-sentiment-checkpoint',
        version: 1,
        config,
        epoch: record.epoch,
        rng: { batches: batchRng.getState(), dropout: model.rng.getState() },
        bestEpoch: state.bestEpoch,
        bestValidationLoss: state.bestValidationLoss,
        epochsWithoutImprovement: state.epochsWithoutImprovement,
        seconds: elapsed(sessionSeconds),
        history: state.history,
      });
      bar?.finish(
        { loss: record.trainLoss, accuracy: record.trainAccuracy },
        `| val loss ${record.validationLoss.toFixed(4)} acc ${(100 * record.validationAccuracy).toFixed(1)}%${improved ? ' (best, saved)' : ''}`,
      );
      return options.stopAfterEpoch !== undefined && record.epoch >= options.stopAfterEpoch ? 'stop' : undefined;
    },
  });
  const { history, bestEpoch, stopReason } = loop;
  if (stopReason === 'early stopping') log(`early stopping: no lower validation loss for ${training.patience} epochs; keeping epoch ${bestEpoch}`);
  if (stopReason === 'time limit') log(`time limit: another epoch would pass ${training.timeLimitSeconds}s; keeping epoch ${bestEpoch}`);
  let curves: string | null = null;
  if (options.writeCurves !== false && history.length > 0) {
    curves = join(directory, 'training.svg');
    await writeFileAtomic(curves, trainingCurvesSvg(history, `sentiment LSTM: training curves (best epoch ${bestEpoch})`));
  }
  return { model, data, config, history, bestEpoch, stopReason, seconds: elapsed(loop.seconds), files: { directory, curves } };
}
