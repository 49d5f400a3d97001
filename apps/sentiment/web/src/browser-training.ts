/**
 * The CLI's training loop (apps/sentiment/src/train.ts) without the file
 * system: the same split, model, optimizer, clipping, batching, early stopping
 * and time limit, reporting progress as messages instead of a terminal bar and
 * handing out the best weights as model files instead of writing them.
 */
import { bucketBatches, trainTestSplit, type SentimentSentence } from '@mnemo/datasets';
import { binaryCrossEntropyWithLogits, encodeSafetensors } from '@mnemo/nn';
import { Adam, AdamW, clipGradNorm, type Optimizer } from '@mnemo/optim';
import { createRng } from '@mnemo/tensor';
import type { StateDict } from '@mnemo/nn';
import type { BundleInfo } from '../../src/bundle.js';
import type { EpochRecord } from '../../src/checkpoint.js';
import { defaultModelConfig, defaultTrainingConfig, validateModelConfig, validateTrainingConfig, type TrainingConfig } from '../../src/config.js';
import { makeBatch, prepareData, type PreparedData } from '../../src/data.js';
import { evaluateExamples } from '../../src/evaluate.js';
import { SentimentClassifier } from '../../src/model.js';
import type { BatchProgress, ModelFiles, TrainRequest, WorkerMessage } from './protocol.js';

/** What the loop reports; `post` receives every message in order. */
export type Post = (message: WorkerMessage) => void;

/** A stratified, seeded sample of `limit` sentences (all of them when `limit` is not smaller). */
export function sampleSentences(sentences: readonly SentimentSentence[], limit: number, seed: number): readonly SentimentSentence[] {
  if (limit >= sentences.length) return sentences;
  return trainTestSplit(sentences, { testFraction: limit / sentences.length, stratify: (sentence) => sentence.label, seed }).test;
}

function makeOptimizer(model: SentimentClassifier, training: TrainingConfig): Optimizer<{ lr: number }, object> {
  const parameters = model.namedParameters();
  const optimizer =
    training.weightDecay > 0
      ? new AdamW(parameters, { lr: training.learningRate, weightDecay: training.weightDecay })
      : new Adam(parameters, { lr: training.learningRate });
  return optimizer as unknown as Optimizer<{ lr: number }, object>;
}

/** The three files of a model directory, as the CLI's `saveBundle` writes them. */
export function modelFiles(state: StateDict, data: PreparedData, info: BundleInfo): ModelFiles {
  return {
    weights: encodeSafetensors(state, { format: 'mnemo-sentiment', epoch: String(info.bestEpoch) }),
    vocabulary: `${JSON.stringify(data.vocabulary.toJSON())}\n`,
    config: `${JSON.stringify(info, null, 2)}\n`,
  };
}

/**
 * Trains the app's classifier with its default settings (but `epochs` and
 * `seed` from the request) on a sample of `limit` sentences, posting a `start`
 * message, a `batch` message per mini-batch, an `epoch` message per epoch (with
 * the model files whenever the validation loss is the lowest so far) and `done`.
 *
 * @example
 * ```ts
 * trainInBrowser(loadSentimentSentences(), { type: 'train', epochs: 1, limit: 300, seed: 1 }, (message) => self.postMessage(message));
 * ```
 */
export function trainInBrowser(sentences: readonly SentimentSentence[], request: TrainRequest, post: Post): void {
  const training = validateTrainingConfig({ ...defaultTrainingConfig, epochs: request.epochs, seed: request.seed });
  const data = prepareData(sampleSentences(sentences, request.limit, request.seed), training, defaultModelConfig.maxLength);
  const modelConfig = validateModelConfig({ ...defaultModelConfig, vocabularySize: data.vocabulary.size });
  const model = new SentimentClassifier(modelConfig, { seed: training.seed });
  const optimizer = makeOptimizer(model, training);
  const batchRng = createRng(training.seed + 7919);
  const parameters = model.parameters();
  post({
    type: 'start',
    train: data.train.length,
    validation: data.validation.length,
    test: data.test.length,
    vocabularySize: data.vocabulary.size,
    parameters: parameters.reduce((total, parameter) => total + parameter.size, 0),
  });

  const started = performance.now();
  const history: EpochRecord[] = [];
  let bestEpoch = 0;
  let bestValidationLoss = Infinity;
  let bestState: StateDict = model.stateDict();
  let epochsWithoutImprovement = 0;
  let stopReason = 'epochs';
  for (let epoch = 1; epoch <= training.epochs; epoch++) {
    const epochStarted = performance.now();
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
      let batchCorrect = 0;
      for (let row = 0; row < examples.length; row++) if ((logits.data[row] >= 0 ? 1 : 0) === examples[row].label) batchCorrect++;
      const batchLoss = loss.item();
      seen += examples.length;
      lossSum += batchLoss * examples.length;
      correct += batchCorrect;
      const progress: BatchProgress = {
        epoch,
        epochs: training.epochs,
        seen,
        total: data.train.length,
        loss: lossSum / seen,
        accuracy: correct / seen,
        batchLoss,
        batchAccuracy: batchCorrect / examples.length,
        sentencesPerSecond: seen / Math.max(1e-3, (performance.now() - epochStarted) / 1000),
      };
      post({ type: 'batch', progress });
    }
    const validation = evaluateExamples(model, data.validation);
    const record: EpochRecord = {
      epoch,
      trainLoss: lossSum / Math.max(1, seen),
      trainAccuracy: correct / Math.max(1, seen),
      validationLoss: validation.loss,
      validationAccuracy: validation.metrics.accuracy,
      learningRate: training.learningRate,
      seconds: (performance.now() - epochStarted) / 1000,
    };
    history.push(record);
    let files: ModelFiles | null = null;
    if (validation.loss < bestValidationLoss) {
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
      files = modelFiles(bestState, data, info);
    } else {
      epochsWithoutImprovement++;
    }
    post({ type: 'epoch', record, model: files });
    if (epochsWithoutImprovement >= training.patience) {
      stopReason = 'early stopping';
      break;
    }
    const elapsed = (performance.now() - started) / 1000;
    if (training.timeLimitSeconds > 0 && epoch < training.epochs && elapsed + record.seconds > training.timeLimitSeconds) {
      stopReason = 'time limit';
      break;
    }
  }
  model.loadStateDict(bestState);
  const test = evaluateExamples(model, data.test);
  post({ type: 'done', stopReason, bestEpoch, seconds: (performance.now() - started) / 1000, testAccuracy: test.metrics.accuracy });
}
