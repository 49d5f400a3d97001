/**
 * The epoch loop shared by the CLI (train.ts, which adds files, checkpoints
 * and a progress bar) and the web page's worker (web/src/browser-training.ts):
 * mini-batches of similar length, forward, loss, backward, gradient clipping,
 * an optimizer step, validation after every epoch, early stopping, a time
 * limit, and the weights of the epoch with the lowest validation loss kept.
 * Browser-safe: no Node built-ins, no files.
 */
import { bucketBatches } from '@mnemo/datasets';
import { binaryCrossEntropyWithLogits, type StateDict } from '@mnemo/nn';
import { Adam, AdamW, clipGradNorm, CosineAnnealingLR, type LRScheduler, type Optimizer } from '@mnemo/optim';
import type { Rng } from '@mnemo/tensor';
import type { TrainingConfig } from './config.js';
import { makeBatch, type Example } from './data.js';
import { evaluateExamples } from './evaluate.js';
import type { SentimentClassifier } from './model.js';

/** The optimizer type the app uses: one parameter group with a learning rate. */
export type AppOptimizer = Optimizer<{ lr: number }, object>;

/** One finished epoch. */
export interface EpochRecord {
  epoch: number;
  trainLoss: number;
  trainAccuracy: number;
  validationLoss: number;
  validationAccuracy: number;
  learningRate: number;
  seconds: number;
}

/** Where an epoch is, after each mini-batch. */
export interface BatchProgress {
  epoch: number;
  epochs: number;
  /** Training sentences seen so far in this epoch, of `total`. */
  seen: number;
  total: number;
  /** Mean loss and accuracy over the epoch so far. */
  loss: number;
  accuracy: number;
  /** Loss and accuracy of this batch alone. */
  batchLoss: number;
  batchAccuracy: number;
  sentencesPerSecond: number;
}

/** The loop's memory between epochs: what a checkpoint must keep to resume exactly. */
export interface LoopState {
  /** The last finished epoch (0 before the first). */
  epoch: number;
  history: EpochRecord[];
  /** The epoch with the lowest validation loss so far (0 before the first). */
  bestEpoch: number;
  bestValidationLoss: number;
  epochsWithoutImprovement: number;
  /** The weights of `bestEpoch`. */
  bestState: StateDict;
}

/** What `onEpoch` receives after each epoch (the scheduler has already stepped). */
export interface EpochReport {
  record: EpochRecord;
  /** True when this epoch's validation loss is the lowest so far: the model holds the weights kept. */
  improved: boolean;
  state: LoopState;
  /** Seconds since the loop started (this session). */
  sessionSeconds: number;
}

/** Why the loop ended: all epochs, early stopping, the time limit, `onEpoch` asked to stop, or the signal aborted. */
export type StopReason = 'epochs' | 'early stopping' | 'time limit' | 'interrupted' | 'stopped';

/** Options of {@link runTrainingLoop}. */
export interface TrainingLoopOptions {
  model: SentimentClassifier;
  optimizer: AppOptimizer;
  /** Stepped once per epoch; null for a constant learning rate. */
  scheduler: LRScheduler | null;
  training: TrainingConfig;
  data: { train: readonly Example[]; validation: readonly Example[] };
  /** The generator of the batch order (its state is part of a checkpoint). */
  batchRng: Rng;
  /** The state to continue from (a resumed run); default a fresh start. */
  resumeFrom?: LoopState;
  /** Called before each epoch's first batch. */
  onEpochStart?: (epoch: number, learningRate: number) => void;
  /** Called after each mini-batch. */
  onBatch?: (progress: BatchProgress) => void;
  /** Called after each epoch; returning 'stop' ends the run ('interrupted') unless early stopping or the time limit ends it anyway. */
  onEpoch?: (report: EpochReport) => void | 'stop' | Promise<void | 'stop'>;
  /** Aborting ends the run ('stopped') before the next batch; an unfinished epoch is not recorded. */
  signal?: AbortSignal;
}

/** What the loop ends with; the model holds the best weights, in eval mode. */
export interface TrainingLoopResult extends LoopState {
  stopReason: StopReason;
  /** Seconds this session took. */
  seconds: number;
}

/**
 * The run's optimizer: AdamW when weight decay is on, else Adam, over the model's parameters.
 *
 * @example
 * ```ts
 * const optimizer = makeOptimizer(model, defaultTrainingConfig); // Adam, lr 0.003
 * ```
 */
export function makeOptimizer(model: SentimentClassifier, training: TrainingConfig): AppOptimizer {
  const parameters = model.namedParameters();
  const optimizer =
    training.weightDecay > 0
      ? new AdamW(parameters, { lr: training.learningRate, weightDecay: training.weightDecay })
      : new Adam(parameters, { lr: training.learningRate });
  return optimizer as unknown as AppOptimizer;
}

/**
 * The run's learning-rate schedule: cosine annealing over `epochs`, or null for `schedule: 'constant'`.
 *
 * @example
 * ```ts
 * makeScheduler(optimizer, { ...defaultTrainingConfig, schedule: 'cosine' }) // a CosineAnnealingLR
 * ```
 */
export function makeScheduler(optimizer: AppOptimizer, training: TrainingConfig): LRScheduler | null {
  return training.schedule === 'cosine' ? new CosineAnnealingLR(optimizer, { tMax: training.epochs }) : null;
}

/** A fresh loop state: nothing trained, the model's current weights as the best. */
function freshState(model: SentimentClassifier): LoopState {
  return { epoch: 0, history: [], bestEpoch: 0, bestValidationLoss: Infinity, epochsWithoutImprovement: 0, bestState: model.stateDict() };
}

/**
 * Trains `model` for the epochs `training` allows, from `resumeFrom` or from
 * scratch. Per batch: loss = BCE-with-logits(model(batch), labels), backward,
 * clip the global gradient norm to `clipNorm` (when > 0), step, zero the
 * gradients. Per epoch: validation loss; the lowest so far keeps the weights;
 * `patience` epochs without a lower one stop the run; so does the time limit
 * when another epoch would pass it.
 *
 * @example
 * ```ts
 * const result = await runTrainingLoop({ model, optimizer, scheduler: null, training, data, batchRng: createRng(training.seed + 7919) });
 * result.bestEpoch // e.g. 4
 * ```
 */
export async function runTrainingLoop(options: TrainingLoopOptions): Promise<TrainingLoopResult> {
  const { model, optimizer, scheduler, training, data, batchRng, signal } = options;
  const state: LoopState = options.resumeFrom ? { ...options.resumeFrom, history: [...options.resumeFrom.history] } : freshState(model);
  const parameters = model.parameters();
  const started = performance.now();
  const sessionSeconds = (): number => (performance.now() - started) / 1000;
  let stopReason: StopReason = 'epochs';
  epochs: for (let epoch = state.epoch + 1; epoch <= training.epochs; epoch++) {
    const epochStarted = performance.now();
    const learningRate = optimizer.paramGroups[0].lr;
    options.onEpochStart?.(epoch, learningRate);
    model.train();
    let seen = 0;
    let lossSum = 0;
    let correct = 0;
    for (const examples of bucketBatches(data.train, training.batchSize, { length: (example) => example.ids.length, rng: batchRng })) {
      if (signal?.aborted) {
        stopReason = 'stopped';
        break epochs;
      }
      const batch = makeBatch(examples.map((example) => example.ids), examples.map((example) => example.label));
      const { logits } = model.forward(batch.ids, batch.lengths);
      const loss = binaryCrossEntropyWithLogits(logits, batch.labels);
      loss.backward();
      if (training.clipNorm > 0) clipGradNorm(parameters, training.clipNorm);
      optimizer.step();
      optimizer.zeroGrad();
      let batchCorrect = 0;
      for (let row = 0; row < examples.length; row++) if ((logits.data[row] >= 0 ? 1 : 0) === examples[row].label) batchCorrect++;
      const batchLoss = loss.item();
      seen += examples.length;
      lossSum += batchLoss * examples.length;
      correct += batchCorrect;
      options.onBatch?.({
        epoch,
        epochs: training.epochs,
        seen,
        total: data.train.length,
        loss: lossSum / seen,
        accuracy: correct / seen,
        batchLoss,
        batchAccuracy: batchCorrect / examples.length,
        sentencesPerSecond: seen / Math.max(1e-3, (performance.now() - epochStarted) / 1000),
      });
    }
    const validation = evaluateExamples(model, data.validation);
    const improved = validation.loss < state.bestValidationLoss;
    const record: EpochRecord = {
      epoch,
      trainLoss: lossSum / Math.max(1, seen),
      trainAccuracy: correct / Math.max(1, seen),
      validationLoss: validation.loss,
      validationAccuracy: validation.metrics.accuracy,
      learningRate,
      seconds: (performance.now() - epochStarted) / 1000,
    };
    state.history.push(record);
    state.epoch = epoch;
    if (improved) {
      state.bestValidationLoss = validation.loss;
      state.bestEpoch = epoch;
      state.epochsWithoutImprovement = 0;
      state.bestState = model.stateDict();
    } else {
      state.epochsWithoutImprovement++;
    }
    scheduler?.step();
    const request = await options.onEpoch?.({ record, improved, state, sessionSeconds: sessionSeconds() });
    if (state.epochsWithoutImprovement >= training.patience) {
      stopReason = 'early stopping';
      break;
    }
    // The limit is per session: a resumed run gets it afresh.
    if (training.timeLimitSeconds > 0 && epoch < training.epochs && sessionSeconds() + record.seconds > training.timeLimitSeconds) {
      stopReason = 'time limit';
      break;
    }
    if (request === 'stop' && epoch < training.epochs) {
      stopReason = 'interrupted';
      break;
    }
    if (signal?.aborted) {
      stopReason = 'stopped';
      break;
    }
  }
  model.loadStateDict(state.bestState);
  model.eval();
  return { ...state, stopReason, seconds: sessionSeconds() };
}
