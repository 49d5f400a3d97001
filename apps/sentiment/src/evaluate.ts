/**
 * Running a trained classifier over many sentences: probabilities, the mean
 * loss and the metrics, in evaluation mode and without building a graph.
 */
import { noGrad } from '@mnemo/autograd';
import { binaryMetrics, thresholdProbabilities, type BinaryMetrics } from './metrics.js';
import { makeBatch, type Example } from './data.js';
import type { SentimentClassifier } from './model.js';

/** σ(x), stable for large |x|. */
export function sigmoid(value: number): number {
  return value >= 0 ? 1 / (1 + Math.exp(-value)) : Math.exp(value) / (1 + Math.exp(value));
}

/** Binary cross-entropy of a logit against a 0/1 label, stable: max(x, 0) − x·y + log(1 + e^−|x|). */
export function logitLoss(logit: number, label: number): number {
  return Math.max(logit, 0) - logit * label + Math.log1p(Math.exp(-Math.abs(logit)));
}

/**
 * The logit of each id sequence, in evaluation mode (no dropout), batched by
 * similar length so padding costs little; the order of the result is the
 * order of `sequences`. The model's train/eval mode is restored afterwards.
 *
 * @example
 * ```ts
 * const logits = predictLogits(model, [[4, 8, 15], [16, 23]]); // Float64Array(2)
 * ```
 */
export function predictLogits(model: SentimentClassifier, sequences: readonly (readonly number[])[], batchSize = 128): Float64Array {
  const logits = new Float64Array(sequences.length);
  const order = sequences.map((_, index) => index).sort((a, b) => sequences[a].length - sequences[b].length);
  const wasTraining = model.training;
  model.eval();
  try {
    noGrad(() => {
      for (let start = 0; start < order.length; start += batchSize) {
        const indices = order.slice(start, start + batchSize);
        const batch = makeBatch(indices.map((index) => sequences[index]), indices.map(() => 0));
        const { data } = model.forward(batch.ids, batch.lengths).logits;
        indices.forEach((index, row) => {
          logits[index] = data[row];
        });
      }
    });
  } finally {
    model.train(wasTraining);
  }
  return logits;
}

/** What {@link evaluateExamples} measures. */
export interface Evaluation {
  /** Mean binary cross-entropy. */
  loss: number;
  metrics: BinaryMetrics;
  /** P(positive) of each example, in order. */
  probabilities: Float64Array;
}

/**
 * Loss, accuracy, precision, recall, F1 and the confusion matrix of the model
 * on labelled examples.
 *
 * @example
 * ```ts
 * const { loss, metrics } = evaluateExamples(model, data.test);
 * metrics.accuracy // e.g. 0.82
 * ```
 */
export function evaluateExamples(model: SentimentClassifier, examples: readonly Example[]): Evaluation {
  const logits = predictLogits(model, examples.map((example) => example.ids));
  let loss = 0;
  const probabilities = new Float64Array(examples.length);
  examples.forEach((example, index) => {
    loss += logitLoss(logits[index], example.label);
    probabilities[index] = sigmoid(logits[index]);
  });
  const labels = examples.map((example) => example.label);
  return {
    loss: examples.length === 0 ? NaN : loss / examples.length,
    metrics: binaryMetrics(thresholdProbabilities(probabilities), labels),
    probabilities,
  };
}
