/**
 * The training loop: mini-batches of similar length, Adam or AdamW, gradient
 * clipping, an optional cosine schedule, a progress bar per epoch, early
 * stopping on validation loss, the best weights saved and a checkpoint
 * written after every epoch, and `resume` from the last checkpoint.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { bucketBatches, loadSentimentSentences, type SentimentSentence } from '@mnemo/datasets';
import { binaryCrossEntropyWithLogits } from '@mnemo/nn';
import { readSafetensors, writeFileAtomic } from '@mnemo/nn/node';
import { Adam, AdamW, clipGradNorm, CosineAnnealingLR, type LRScheduler, type Optimizer } from '@mnemo/optim';
import { createRng } from '@mnemo/tensor';
import type { StateDict } from '@mnemo/nn';
import { bundleFiles, parseJsonFile, readBundleFile, saveBundle, type BundleInfo } from './bundle.js';
import { checkpointFiles, loadCheckpoint, saveCheckpoint, type EpochRecord, type TrainingState } from './checkpoint.js';
import { validateModelConfig, validateTrainingConfig, type ModelConfig, type SentimentConfig, type TrainingConfig } from './config.js';
import { makeBatch, prepareData, type PreparedData } from './data.js';
import { evaluateExamples } from './evaluate.js';
import { SentimentClassifier } from './model.js';
import { ProgressBar, type ProgressOutput } from './progress-bar.js';
import { trainingCurvesSvg } from './report.js';

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
  stopReason: string;
  /** Seconds spent in the training loop, over all sessions of the run. */
  seconds: number;
  /** Paths of the files written. */
  files: { directory: string; curves: string | null };
}

/** The optimizer of the run: AdamW when weight decay is on, else Adam. */
function makeOptimizer(model: SentimentClassifier, training: TrainingConfig): Optimizer<{ lr: number }, object> {
  const parameters = model.namedParameters();
  const optimizer =
    training.weightDecay > 0
      ? new AdamW(parameters, { lr: training.learningRate, weightDecay: training.weightDecay })
      : new Adam(parameters, { lr: training.learningRate });
  return optimizer as unknown as Optimizer<{ lr: number }, object>;
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
  const scheduler: LRScheduler | null = training.schedule === 'cosine' ? new CosineAnnealingLR(optimizer, { tMax: training.epochs }) : null;
  const batchRng = createRng(training.seed + 7919);

  let startEpoch = 1;
  let history: EpochRecord[] = [];
  let bestEpoch = 0;
  let bestValidationLoss = Infinity;
  let epochsWithoutImprovement = 0;
  let secondsBefore = 0;
  let bestState: StateDict = model.stateDict();
  if (options.resume) {
    const state = await loadCheckpoint(directory, model, optimizer);
    if (state.config.model.vocabularySize !== modelConfig.vocabularySize) {
      throw new Error(`checkpoint in ${directory} has vocabulary size ${state.config.model.vocabularySize}, but the data gives ${modelConfig.vocabularySize}`);
    }
    batchRng.setState(state.rng.batches);
    model.rng.setState(state.rng.dropout);
    scheduler?.loadStateDict({ lastEpoch: state.epoch, baseLrs: [training.learningRate] });
    ({ history, bestEpoch, bestValidationLoss, epochsWithoutImprovement } = state);
    secondsBefore = state.seconds;
    startEpoch = state.epoch + 1;
    bestState = (await readSafetensors(join(directory, bundleFiles.weights))).tensors;
    log(`resuming after epoch ${state.epoch} (best so far: epoch ${bestEpoch}, validation loss ${bestValidationLoss.toFixed(4)})`);
  }
  log(
    `training on ${data.train.length} sentences (validation ${data.validation.length}, test ${data.test.length}), ` +
      `vocabulary ${data.vocabulary.size} tokens, ${model.parameters().reduce((total, parameter) => total + parameter.size, 0).toLocaleString('en-US')} parameters`,
  );

  const parameters = model.parameters();
  const started = performance.now();
  const elapsed = (): number => secondsBefore + (performance.now() - started) / 1000;
  let stopReason = 'epochs';
  for (let epoch = startEpoch; epoch <= training.epochs; epoch++) {
    const epochStarted = performance.now();
    const learningRate = (optimizer.paramGroups[0] as { lr: number }).lr;
    const bar = new ProgressBar({ total: data.train.length, label: `epoch ${String(epoch).padStart(String(training.epochs).length)}/${training.epochs}`, output: options.output });
    model.train();
    let seen = 0;
    let lossSum = 0;
    let correct = 0;
    for (const examples of bucketBatches(data.train, training.batchSize, { length: (example) => example.ids.length, rng: batchRng })) {
      const batch = makeBatch(examples.map((example) => example.ids), examples.map((example) => example.label));
      const { logits } = model.forward(batch.ids, batch.lengths);
      const loss = binaryCrossEntropyWithLogits(logits, batch.labels);
      loss.backward();
      if (training.clipNorm > 0) clipGradNorm(parameters, training.clipNorm);
      optimizer.step();
      optimizer.zeroGrad();
      seen += examples.length;
      lossSum += loss.item() * examples.length;
      for (let row = 0; row < examples.length; row++) if ((logits.data[row] >= 0 ? 1 : 0) === examples[row].label) correct++;
      bar.update(seen, { loss: lossSum / seen, accuracy: correct / seen });
    }
    const validation = evaluateExamples(model, data.validation);
    const improved = validation.loss < bestValidationLoss;
    const record: EpochRecord = {
      epoch,
      trainLoss: lossSum / Math.max(1, seen),
      trainAccuracy: correct / Math.max(1, seen),
      validationLoss: validation.loss,
      validationAccuracy: validation.metrics.accuracy,
      learningRate,
      seconds: (performance.now() - epochStarted) / 1000,
    };
    history.push(record);
    if (improved) {
      bestValidationLoss = validation.loss;
      bestEpoch = epoch;
      epochsWithoutImprovement = 0;
      bestState = model.stateDict();
      const info: BundleInfo = {
        format: 'mnemo-sentiment',
        version: 1,
        model: modelConfig,
        training,
        positiveRate: data.positiveRate,
        bestEpoch,
        validation: { loss: validation.loss, accuracy: validation.metrics.accuracy },
      };
      await saveBundle(directory, { model, vocabulary: data.vocabulary, info });
    } else {
      epochsWithoutImprovement++;
    }
    scheduler?.step();
    await saveCheckpoint(directory, model, optimizer, {
      format: 'mnemo-sentiment-checkpoint',
      version: 1,
      config,
      epoch,
      rng: { batches: batchRng.getState(), dropout: model.rng.getState() },
      bestEpoch,
      bestValidationLoss,
      epochsWithoutImprovement,
      seconds: elapsed(),
      history,
    });
    bar.finish(
      { loss: record.trainLoss, accuracy: record.trainAccuracy },
      `| val loss ${validation.loss.toFixed(4)} acc ${(100 * validation.metrics.accuracy).toFixed(1)}%${improved ? ' (best, saved)' : ''}`,
    );
    if (epochsWithoutImprovement >= training.patience) {
      stopReason = 'early stopping';
      log(`early stopping: no lower validation loss for ${training.patience} epochs; keeping epoch ${bestEpoch}`);
      break;
    }
    const epochSeconds = record.seconds;
    const sessionSeconds = (performance.now() - started) / 1000; // the limit is per session: a resumed run gets it afresh
    if (training.timeLimitSeconds > 0 && epoch < training.epochs && sessionSeconds + epochSeconds > training.timeLimitSeconds) {
      stopReason = 'time limit';
      log(`time limit: another epoch would pass ${training.timeLimitSeconds}s; keeping epoch ${bestEpoch}`);
      break;
    }
    if (options.stopAfterEpoch !== undefined && epoch >= options.stopAfterEpoch && epoch < training.epochs) {
      stopReason = 'interrupted';
      break;
    }
  }
  model.loadStateDict(bestState);
  model.eval();
  let curves: string | null = null;
  if (options.writeCurves !== false && history.length > 0) {
    curves = join(directory, 'training.svg');
    await writeFileAtomic(curves, trainingCurvesSvg(history, `sentiment LSTM: training curves (best epoch ${bestEpoch})`));
  }
  return { model, data, config, history, bestEpoch, stopReason, seconds: elapsed(), files: { directory, curves } };
}
