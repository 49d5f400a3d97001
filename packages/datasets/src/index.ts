/**
 * @packageDocumentation
 * `@mnemo/datasets`: everything between raw text and an LSTM. The bundled
 * sentiment corpus, a tokenizer, a vocabulary, padding with lengths and masks,
 * seeded shuffling, splits and batching, CSV and JSON Lines parsers, and
 * time-series windows. Browser-safe; the file loaders are in `@mnemo/datasets/node`.
 */
export {
  loadSentimentSentences,
  sentimentSources,
  type SentimentSentence,
  type SentimentSource,
  type LoadSentimentOptions,
} from './corpus/sentiment-sentences.js';
export { tokenize } from './tokenize.js';
export {
  Vocabulary,
  type Tokenizer,
  type VocabularyBuildOptions,
  type VocabularyOptions,
  type VocabularyJSON,
  type DecodeOptions,
} from './vocabulary.js';
export { padSequences, type PadSequencesOptions, type PaddedSequences } from './pad-sequences.js';
export { shuffle } from './shuffle.js';
export { trainTestSplit, type TrainTestSplitOptions } from './train-test-split.js';
export { batches, type BatchesOptions } from './batches.js';
export { bucketBatches, type BucketBatchesOptions } from './bucket-batches.js';
export { parseCsv, type CsvOptions, type LabelParser } from './parse-csv.js';
export { parseJsonLines, type JsonLinesOptions } from './parse-json-lines.js';
export type { LabeledText, ParseResult, MalformedPolicy, MalformedOptions, SkippedRow } from './line-format.js';
export { slidingWindows, type SlidingWindowsOptions, type Windows } from './sliding-windows.js';
export { StandardScaler, type StandardScalerJSON } from './standard-scaler.js';
export { syntheticSeries, type SyntheticSeriesOptions } from './synthetic-series.js';
export type { SeriesLike } from './series-values.js';
