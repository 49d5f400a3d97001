/**
 * Predicting the sentiment of free text with a trained model, with a sensible
 * answer for every input:
 * - unknown words (and emoji, which the corpus never shows) are read as `<unk>` and listed;
 * - empty input (no tokens) gets the prior, P(positive) in the training data, and says so;
 * - a text longer than the model's `maxLength` tokens is cut to its first `maxLength` tokens, and says so.
 */
import { Vocabulary } from '@mnemo/datasets';
import type { Bundle } from './bundle-format.js';
import { encodeText } from './data.js';
import { predictLogits, sigmoid } from './evaluate.js';
import { probabilityColor, ansiBackground } from './palette.js';

/** The answer for one text. */
export interface Prediction {
  text: string;
  /** The tokens the model read (after any cut). */
  tokens: string[];
  /** Those of `tokens` the vocabulary does not hold (read as `<unk>`), each once. */
  unknownTokens: string[];
  /** Tokens in the whole text, before any cut. */
  totalTokens: number;
  /** P(positive). */
  probability: number;
  label: 'positive' | 'negative';
  /** Anything the user should know about how the answer was made. */
  notes: string[];
}

/**
 * Predicts P(positive) for each text (batched; an empty text gets the prior
 * without running the model).
 *
 * @example
 * ```ts
 * const [prediction] = predictTexts(await loadBundle('runs/default'), ['What a great phone!']);
 * prediction.label // 'positive'
 * ```
 */
export function predictTexts(bundle: Bundle, texts: readonly string[]): Prediction[] {
  const { model, vocabulary, info } = bundle;
  const encoded = texts.map((text) => encodeText(vocabulary, text, info.model.maxLength));
  const running = encoded.map((_, index) => index).filter((index) => encoded[index].ids.length > 0);
  const logits = predictLogits(model, running.map((index) => encoded[index].ids));
  const probabilities = new Float64Array(texts.length).fill(info.positiveRate);
  running.forEach((index, row) => {
    probabilities[index] = sigmoid(logits[row]);
  });
  return texts.map((text, index) => {
    const { tokens, totalTokens } = encoded[index];
    const unknownTokens = [...new Set(tokens.filter((token) => !vocabulary.has(token)))];
    const notes: string[] = [];
    if (tokens.length === 0) {
      notes.push(`empty input (no words): answered with the prior, the share of positive sentences in the training data (${info.positiveRate.toFixed(2)})`);
    } else if (tokens.every((token) => !vocabulary.has(token))) {
      notes.push(`no word is in the vocabulary, so the model only saw ${tokens.length} × ${Vocabulary.unknownToken}: low confidence`);
    } else if (unknownTokens.length > 0) {
      notes.push(`not in the vocabulary, read as ${Vocabulary.unknownToken}: ${unknownTokens.slice(0, 8).join(' ')}${unknownTokens.length > 8 ? ` (+${unknownTokens.length - 8} more)` : ''}`);
    }
    if (totalTokens > tokens.length) {
      notes.push(`long input: read the first ${tokens.length.toLocaleString('en-US')} of ${totalTokens.toLocaleString('en-US')} tokens (maxLength ${info.model.maxLength})`);
    }
    const probability = probabilities[index];
    return { text, tokens, unknownTokens, totalTokens, probability, label: probability >= 0.5 ? 'positive' : 'negative', notes };
  });
}

/** A text cut to `width` characters with an ellipsis, on one line. */
export function shorten(text: string, width: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const characters = [...oneLine];
  return characters.length <= width ? oneLine : `${characters.slice(0, width - 1).join('')}…`;
}

/**
 * One prediction as terminal lines: label, probability, the text, then notes.
 *
 * @example
 * ```ts
 * formatPrediction(prediction, false) // 'positive  0.97  "What a great phone!"'
 * ```
 */
export function formatPrediction(prediction: Prediction, color: boolean): string {
  const probability = prediction.probability.toFixed(2);
  const shown = color ? ansiBackground(probabilityColor(prediction.probability), ` ${probability} `) : probability;
  // Empty input has no verdict, only the prior: say "empty" rather than a label.
  const label = prediction.tokens.length === 0 ? 'empty' : prediction.label;
  const lines = [`${label.padEnd(8)} ${shown}  ${JSON.stringify(shorten(prediction.text, 90))}`];
  for (const note of prediction.notes) lines.push(`${' '.repeat(17)}note: ${note}`);
  return lines.join('\n');
}
