/**
 * The CLI's training run (apps/sentiment/src/train.ts) without the file
 * system: the same split, model, optimizer and epoch loop (src/training-loop.ts),
 * reporting progress as messages instead of a terminal bar and handing out
 * the best weights as model files instead of writing them.
 */
import { trainTestSplit, type SentimentSentence } from '@mnemo/datasets';
import { createRng } from '@mnemo/tensor';
import { bundleInfo, encodeBundle } from '../../src/bundle-format.js';
import { defaultModelConfig, defaultTrainingConfig, validateModelConfig, validateTrainingConfig, type SentimentConfig } from '../../src/config.js';
import { prepareData } from '../../src/data.js';
import { evaluateExamples } from '../../src/evaluate.js';
import { SentimentClassifier } from '../../src/model.js';
import { makeOptimizer, makeScheduler, runTrainingLoop } from '../../src/training-loop.js';
import type { TrainRequest, WorkerMessage } from './protocol.js';

/** What the loop reports; `post` receives every message in order. */
export type Post = (message: WorkerMessage) => void;

/** A stratified, seeded sample of `limit` sentences (all of them when `limit` is not smaller). */
export function sampleSentences(sentences: readonly SentimentSentence[], limit: number, seed: number): readonly SentimentSentence[] {
  if (limit >= sentences.length) return sentences;
  return trainTestSplit(sentences, { testFraction: limit / sentences.length, stratify: (sentence) => sentence.label, seed }).test;
}

/**
 * Trains the app's classifier with its default settings (but `epochs` and
 * `seed` from the request) on a sample of `limit` sentences, posting a `start`
 * message, a `batch` message per mini-batch, an `epoch` message per epoch (with
 * the model files whenever the validation loss is the lowest so far) and `done`.
 *
 * @example
 * ```ts
 * await trainInBrowser(loadSentimentSentences(), { type: 'train', epochs: 1, limit: 300, seed: 1 }, (message) => self.postMessage(message));
 * ```
 */
export async function trainInBrowser(sentences: readonly SentimentSentence[], request: TrainRequest, post: Post): Promise<void> {
  const training = validateTrainingConfig({ ...defaultTrainingConfig, epochs: request.epochs, seed: request.seed });
  const data = prepareData(sampleSentences(sentences, request.limit, request.seed), training, defaultModelConfig.maxLength);
  const config: SentimentConfig = { model: validateModelConfig({ ...defaultModelConfig, vocabularySize: data.vocabulary.size }), training };
  const model = new SentimentClassifier(config.model, { seed: training.seed });
  const optimizer = makeOptimizer(model, training);
  post({
    type: 'start',
    train: data.train.length,
    validation: data.validation.length,
    test: data.test.length,
    vocabularySize: data.vocabulary.size,
    parameters: model.parameters().reduce((total, parameter) => total + parameter.size, 0),
  });
  const result = await runTrainingLoop({
    model,
    optimizer,
    scheduler: makeScheduler(optimizer, training),
    training,
    data,
    batchRng: createRng(training.seed + 7919),
    onBatch: (progress) => post({ type: 'batch', progress }),
    onEpoch: ({ record, improved }) => {
      const files = improved ? encodeBundle({ model, vocabulary: data.vocabulary, info: bundleInfo(config, data.positiveRate, record) }) : null;
      post({ type: 'epoch', record, model: files });
    },
  });
  const test = evaluateExamples(model, data.test);
  post({ type: 'done', stopReason: result.stopReason, bestEpoch: result.bestEpoch, seconds: result.seconds, testAccuracy: test.metrics.accuracy });
}
