/**
 * The baseline every sentiment number is compared with: bag-of-words logistic
 * regression on the same split and the same vocabulary as the LSTM.
 *
 * Features are word counts; the objective is scikit-learn's default
 * `LogisticRegression(C = 1)`: the summed log loss plus ‖w‖² / (2C), the bias
 * not penalised, minimised by full-batch Adam (deterministic, no seed needed).
 */
import { tokenize, trainTestSplit, Vocabulary, type SentimentSentence } from '@mnemo/datasets';
import { ValueError } from '@mnemo/tensor';
import { binaryMetrics, thresholdProbabilities, type BinaryMetrics } from './metrics.js';

/** A trained bag-of-words classifier: P(positive) = σ(Σ count(word) · weight[word] + bias). */
export interface BagOfWordsModel {
  /** One weight per vocabulary id. */
  weights: Float64Array;
  bias: number;
}

/** Options of {@link trainBagOfWords}. */
export interface BagOfWordsOptions {
  /** Inverse regularisation strength C (scikit-learn's); default 1. */
  inverseRegularization?: number;
  /** Full-batch Adam iterations; default 400. */
  iterations?: number;
  /** Adam step size; default 0.05. */
  learningRate?: number;
}

const sigmoid = (value: number): number => (value >= 0 ? 1 / (1 + Math.exp(-value)) : Math.exp(value) / (1 + Math.exp(value)));

function logit(model: BagOfWordsModel, sequence: readonly number[]): number {
  let sum = model.bias;
  for (const id of sequence) sum += model.weights[id] ?? 0;
  return sum;
}

/**
 * Trains bag-of-words logistic regression on token-id sequences (unpadded;
 * ids in [0, vocabularySize)) and 0/1 labels.
 *
 * @example
 * ```ts
 * const model = trainBagOfWords([[1, 2], [3]], [1, 0], 4);
 * bagOfWordsProbabilities(model, [[1]]) // [~0.6]
 * ```
 */
export function trainBagOfWords(
  sequences: readonly (readonly number[])[],
  labels: ArrayLike<number>,
  vocabularySize: number,
  options: BagOfWordsOptions = {},
): BagOfWordsModel {
  const { inverseRegularization = 1, iterations = 400, learningRate = 0.05 } = options;
  if (sequences.length !== labels.length) {
    throw new ValueError(`trainBagOfWords(sequences, labels): ${sequences.length} sequences but ${labels.length} labels`);
  }
  if (!(inverseRegularization > 0)) throw new ValueError(`trainBagOfWords: inverseRegularization must be > 0, got ${inverseRegularization}`);
  for (const sequence of sequences) {
    for (const id of sequence) {
      if (!Number.isInteger(id) || id < 0 || id >= vocabularySize) {
        throw new ValueError(`trainBagOfWords: token id ${id} is outside the vocabulary [0, ${vocabularySize})`);
      }
    }
  }
  const size = vocabularySize + 1; // the last slot is the bias
  const model: BagOfWordsModel = { weights: new Float64Array(vocabularySize), bias: 0 };
  const gradient = new Float64Array(size);
  const firstMoment = new Float64Array(size);
  const secondMoment = new Float64Array(size);
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  for (let iteration = 1; iteration <= iterations; iteration++) {
    for (let index = 0; index < vocabularySize; index++) gradient[index] = model.weights[index] / inverseRegularization;
    gradient[vocabularySize] = 0;
    sequences.forEach((sequence, example) => {
      const error = sigmoid(logit(model, sequence)) - labels[example];
      for (const id of sequence) gradient[id] += error;
      gradient[vocabularySize] += error;
    });
    const correction1 = 1 - beta1 ** iteration;
    const correction2 = 1 - beta2 ** iteration;
    for (let index = 0; index < size; index++) {
      firstMoment[index] = beta1 * firstMoment[index] + (1 - beta1) * gradient[index];
      secondMoment[index] = beta2 * secondMoment[index] + (1 - beta2) * gradient[index] ** 2;
      const step = (learningRate * firstMoment[index]) / correction1 / (Math.sqrt(secondMoment[index] / correction2) + epsilon);
      if (index < vocabularySize) model.weights[index] -= step;
      else model.bias -= step;
    }
  }
  return model;
}

/**
 * P(positive) for each token-id sequence.
 *
 * @example
 * ```ts
 * bagOfWordsProbabilities(model, [[4, 8, 15]])
 * ```
 */
export function bagOfWordsProbabilities(model: BagOfWordsModel, sequences: readonly (readonly number[])[]): Float64Array {
  return Float64Array.from(sequences, (sequence) => sigmoid(logit(model, sequence)));
}

/** What {@link evaluateBaseline} reports. */
export interface BaselineResult {
  metrics: BinaryMetrics;
  /** Training seconds. */
  seconds: number;
  trainSize: number;
  vocabularySize: number;
}

/**
 * The protocol for the baseline: the same stratified split as the LSTM
 * (`trainTestSplit(sentences, { testFraction, stratify: label, seed })`),
 * lowercase word tokens, the vocabulary of the whole training part (the LSTM's
 * training and validation sentences: the baseline needs no early stopping),
 * then test-set metrics.
 *
 * @example
 * ```ts
 * evaluateBaseline(loadSentimentSentences(), { seed: 1, testFraction: 0.2 }).metrics.accuracy // about 0.83
 * ```
 */
export function evaluateBaseline(sentences: readonly SentimentSentence[], split: { seed: number; testFraction: number }, options: BagOfWordsOptions = {}): BaselineResult {
  const { train, test } = trainTestSplit(sentences, { testFraction: split.testFraction, stratify: (sentence) => sentence.label, seed: split.seed });
  const trainTokens = train.map((sentence) => tokenize(sentence.text));
  const vocabulary = Vocabulary.build(trainTokens);
  const started = performance.now();
  const model = trainBagOfWords(trainTokens.map((tokens) => vocabulary.encode(tokens)), train.map((sentence) => sentence.label), vocabulary.size, options);
  const seconds = (performance.now() - started) / 1000;
  const probabilities = bagOfWordsProbabilities(model, test.map((sentence) => vocabulary.encode(sentence.text)));
  return {
    metrics: binaryMetrics(thresholdProbabilities(probabilities), test.map((sentence) => sentence.label)),
    seconds,
    trainSize: train.length,
    vocabularySize: vocabulary.size,
  };
}
