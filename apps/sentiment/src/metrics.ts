/**
 * Binary classification metrics: accuracy, precision, recall, F1 and the
 * confusion matrix, with "positive" (label 1) as the class of interest.
 */
import { ValueError } from '@mnemo/tensor';

/** Counts of a binary confusion matrix (rows: actual class, columns: predicted class). */
export interface ConfusionMatrix {
  /** Actual 1, predicted 1. */
  truePositive: number;
  /** Actual 0, predicted 1. */
  falsePositive: number;
  /** Actual 0, predicted 0. */
  trueNegative: number;
  /** Actual 1, predicted 0. */
  falseNegative: number;
}

/** The metrics of one evaluation. Ratios are in [0, 1]; an undefined ratio (0/0) is reported as 0. */
export interface BinaryMetrics {
  /** Number of examples. */
  count: number;
  /** (TP + TN) / count. */
  accuracy: number;
  /** TP / (TP + FP): of the sentences called positive, how many were. */
  precision: number;
  /** TP / (TP + FN): of the positive sentences, how many were found. */
  recall: number;
  /** 2 · precision · recall / (precision + recall). */
  f1: number;
  /** The four counts. */
  confusion: ConfusionMatrix;
}

/**
 * Computes accuracy, precision, recall, F1 and the confusion matrix of binary
 * predictions against labels (both 0 or 1, same length).
 *
 * @example
 * ```ts
 * binaryMetrics([1, 0, 1, 1], [1, 0, 0, 1]).accuracy // 0.75
 * ```
 */
export function binaryMetrics(predicted: ArrayLike<number>, actual: ArrayLike<number>): BinaryMetrics {
  if (predicted.length !== actual.length) {
    throw new ValueError(`binaryMetrics(predicted, actual): ${predicted.length} predictions but ${actual.length} labels`);
  }
  const confusion: ConfusionMatrix = { truePositive: 0, falsePositive: 0, trueNegative: 0, falseNegative: 0 };
  for (let index = 0; index < predicted.length; index++) {
    const guess = predicted[index];
    const truth = actual[index];
    if ((guess !== 0 && guess !== 1) || (truth !== 0 && truth !== 1)) {
      throw new ValueError(`binaryMetrics(predicted, actual): entry ${index} is ${guess} vs ${truth}; both must be 0 or 1`);
    }
    if (truth === 1) {
      if (guess === 1) confusion.truePositive++;
      else confusion.falseNegative++;
    } else if (guess === 1) confusion.falsePositive++;
    else confusion.trueNegative++;
  }
  const { truePositive, falsePositive, trueNegative, falseNegative } = confusion;
  const count = predicted.length;
  const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 0 : numerator / denominator);
  const precision = ratio(truePositive, truePositive + falsePositive);
  const recall = ratio(truePositive, truePositive + falseNegative);
  return {
    count,
    accuracy: ratio(truePositive + trueNegative, count),
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    confusion,
  };
}

/** Predicted labels from probabilities: 1 where probability >= threshold (default 0.5). */
export function thresholdProbabilities(probabilities: ArrayLike<number>, threshold = 0.5): Uint8Array {
  const labels = new Uint8Array(probabilities.length);
  for (let index = 0; index < probabilities.length; index++) labels[index] = probabilities[index] >= threshold ? 1 : 0;
  return labels;
}

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;

/**
 * The metrics as a small text table with the confusion matrix beneath, for the terminal.
 *
 * @example
 * ```ts
 * console.log(formatMetrics(binaryMetrics(predicted, labels), 'test'));
 * ```
 */
export function formatMetrics(metrics: BinaryMetrics, title = 'evaluation'): string {
  const { truePositive, falsePositive, trueNegative, falseNegative } = metrics.confusion;
  const width = Math.max(5, String(Math.max(truePositive, falsePositive, trueNegative, falseNegative)).length);
  const cell = (value: number): string => String(value).padStart(width);
  return [
    `${title} (${metrics.count} sentences)`,
    `  accuracy   ${percent(metrics.accuracy).padStart(6)}`,
    `  precision  ${percent(metrics.precision).padStart(6)}`,
    `  recall     ${percent(metrics.recall).padStart(6)}`,
    `  F1         ${percent(metrics.f1).padStart(6)}`,
    '',
    `  confusion matrix     ${'predicted'.padStart(width * 2 + 3)}`,
    `                       ${'neg'.padStart(width)}   ${'pos'.padStart(width)}`,
    `  actual negative      ${cell(trueNegative)}   ${cell(falsePositive)}`,
    `  actual positive      ${cell(falseNegative)}   ${cell(truePositive)}`,
  ].join('\n');
}
