/**
 * The data protocol: the stratified, seeded train / validation / test split of
 * the bundled corpus, the vocabulary (built on the training part only), and
 * encoding texts and batches for the model.
 */
import { padSequences, trainTestSplit, tokenize, Vocabulary, type SentimentSentence } from '@mnemo/datasets';
import { Tensor } from '@mnemo/tensor';

/** One encoded sentence. */
export interface Example {
  text: string;
  /** Token ids, at most `maxLength` of them; may be empty. */
  ids: number[];
  label: 0 | 1;
}

/** The three parts of the corpus, as sentences. */
export interface CorpusSplit {
  /** What the model learns from (training part minus validation). */
  train: SentimentSentence[];
  /** Held out of training, for early stopping. */
  validation: SentimentSentence[];
  /** Held out of everything: the reported figures. */
  test: SentimentSentence[];
}

/** The split, encoded, with the vocabulary built on `train`. */
export interface PreparedData {
  vocabulary: Vocabulary;
  train: Example[];
  validation: Example[];
  test: Example[];
  /** Share of positive sentences in `train`: the prior, answered for empty input. */
  positiveRate: number;
}

/** What the split depends on. */
export interface SplitSettings {
  seed: number;
  testFraction: number;
  validationFraction: number;
}

const byLabel = (sentence: SentimentSentence): number => sentence.label;

/**
 * The protocol's split: `trainTestSplit(sentences, { testFraction, stratify: label, seed })`
 * gives training part and test set (so the baseline and other tools get the
 * same test set from the same seed); the validation set is then a stratified
 * `validationFraction` of the training part, seeded with `seed + 1,000,000`.
 *
 * @example
 * ```ts
 * const { train, validation, test } = splitCorpus(loadSentimentSentences(), { seed: 1, testFraction: 0.2, validationFraction: 0.1 });
 * [train.length, validation.length, test.length] // [2160, 240, 600]
 * ```
 */
export function splitCorpus(sentences: readonly SentimentSentence[], settings: SplitSettings): CorpusSplit {
  const { train: trainingPart, test } = trainTestSplit(sentences, { testFraction: settings.testFraction, stratify: byLabel, seed: settings.seed });
  const { train, test: validation } = trainTestSplit(trainingPart, {
    testFraction: settings.validationFraction,
    stratify: byLabel,
    seed: settings.seed + 1_000_000,
  });
  return { train, validation, test };
}

/** A text's tokens and ids, cut to `maxLength` tokens; `totalTokens` tells whether it was cut. */
export interface EncodedText {
  tokens: string[];
  ids: number[];
  totalTokens: number;
}

/**
 * Tokenizes and encodes one text with the vocabulary (unseen words become
 * `<unk>`, id 1), keeping the first `maxLength` tokens.
 *
 * @example
 * ```ts
 * encodeText(vocabulary, 'Great phone!', 200) // { tokens: ['great', 'phone', '!'], ids: [...], totalTokens: 3 }
 * ```
 */
export function encodeText(vocabulary: Vocabulary, text: string, maxLength: number): EncodedText {
  const all = tokenize(text);
  const tokens = all.length > maxLength ? all.slice(0, maxLength) : all;
  return { tokens, ids: vocabulary.encode(tokens), totalTokens: all.length };
}

/**
 * Splits, builds the vocabulary on the training part (`minFrequency`) and encodes all three parts.
 *
 * @example
 * ```ts
 * const data = prepareData(loadSentimentSentences(), { seed: 1, testFraction: 0.2, validationFraction: 0.1, minFrequency: 1 }, 200);
 * data.vocabulary.size // about 4,000
 * ```
 */
export function prepareData(
  sentences: readonly SentimentSentence[],
  settings: SplitSettings & { minFrequency: number },
  maxLength: number,
): PreparedData {
  const split = splitCorpus(sentences, settings);
  const vocabulary = Vocabulary.build(split.train.map((sentence) => tokenize(sentence.text)), { minFrequency: settings.minFrequency });
  const encode = (part: SentimentSentence[]): Example[] =>
    part.map((sentence) => ({ text: sentence.text, ids: encodeText(vocabulary, sentence.text, maxLength).ids, label: sentence.label }));
  const train = encode(split.train);
  const positives = train.reduce((count, example) => count + example.label, 0);
  return { vocabulary, train, validation: encode(split.validation), test: encode(split.test), positiveRate: train.length === 0 ? 0.5 : positives / train.length };
}

/** A padded batch: ids [B, T], lengths [B], labels [B]. */
export interface Batch {
  ids: Tensor;
  lengths: Tensor;
  labels: Tensor;
}

/**
 * Pads id lists into a batch. An empty list becomes one `<pad>` step (the
 * LSTM needs at least one step), so every length is >= 1.
 *
 * @example
 * ```ts
 * makeBatch([[5, 6, 7], [8]], [1, 0]).ids.shape // [2, 3]
 * ```
 */
export function makeBatch(sequences: readonly (readonly number[])[], labels: readonly number[]): Batch {
  const { ids, lengths } = padSequences(sequences, { minLength: 1 });
  return { ids, lengths, labels: new Tensor(Float32Array.from(labels), [labels.length]) };
}
