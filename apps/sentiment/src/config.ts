/**
 * Hyper-parameters of the sentiment classifier and its training, their
 * defaults (chosen by measurement, see README "Quality") and validation.
 */
import { ValueError } from '@mnemo/tensor';

/** How the per-step LSTM outputs become one sentence vector. */
export type Pooling = 'last' | 'max' | 'mean';
/** The learning-rate schedule over epochs. */
export type Schedule = 'constant' | 'cosine';

/** The shape of the model: what is needed to rebuild it before loading weights. */
export interface ModelConfig {
  /** Rows of the embedding table: the vocabulary size, `<pad>` and `<unk>` included. */
  vocabularySize: number;
  /** Width of a word vector. */
  embeddingSize: number;
  /** Width of the LSTM state, per direction. */
  hiddenSize: number;
  /** Read the sentence in both directions and concatenate. */
  bidirectional: boolean;
  /** `last`: the state after the last word; `max`/`mean`: over all words. */
  pooling: Pooling;
  /** Dropout on the sentence vector, before the linear head. */
  dropout: number;
  /** Dropout on word vectors (whole words), during training only. */
  embeddingDropout: number;
  /** Longer texts keep their first `maxLength` tokens. */
  maxLength: number;
}

/** How the model is trained. */
export interface TrainingConfig {
  /** Most passes over the training set; early stopping usually ends sooner. */
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Decoupled weight decay (AdamW); 0 for plain Adam. */
  weightDecay: number;
  /** Largest global gradient norm (clipped above it); 0 turns clipping off. */
  clipNorm: number;
  schedule: Schedule;
  /** Stop after this many epochs without a lower validation loss. */
  patience: number;
  /** Seed of the split, the initial weights, dropout and the batch order. */
  seed: number;
  /** Share of the corpus held out for the test set (stratified). */
  testFraction: number;
  /** Share of the training part held out for early stopping (stratified). */
  validationFraction: number;
  /** Words seen fewer times than this in the training split become `<unk>`. */
  minFrequency: number;
  /** Stop before an epoch that would end past this many seconds of training in this session (0: no limit); the best epoch so far is kept. */
  timeLimitSeconds: number;
}

/** Everything `config.json` holds. */
export interface SentimentConfig {
  model: ModelConfig;
  training: TrainingConfig;
}

/** The model defaults (the vocabulary size comes from the data). */
export const defaultModelConfig: Omit<ModelConfig, 'vocabularySize'> = Object.freeze({
  embeddingSize: 64,
  hiddenSize: 64,
  bidirectional: false,
  pooling: 'max',
  dropout: 0.5,
  embeddingDropout: 0.2,
  maxLength: 200,
});

/** The training defaults. */
export const defaultTrainingConfig: TrainingConfig = Object.freeze({
  epochs: 20,
  batchSize: 16,
  learningRate: 0.003,
  weightDecay: 0,
  clipNorm: 5,
  schedule: 'constant',
  patience: 3,
  seed: 1,
  testFraction: 0.2,
  validationFraction: 0.1,
  minFrequency: 1,
  timeLimitSeconds: 110,
});

type Check = (value: unknown) => string | undefined;

const integerAtLeast = (minimum: number): Check => (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= minimum ? undefined : `an integer >= ${minimum}`;
const numberIn = (low: number, high: number, { openLow = false, openHigh = false } = {}): Check => (value) =>
  typeof value === 'number' && Number.isFinite(value) && (openLow ? value > low : value >= low) && (openHigh ? value < high : value <= high)
    ? undefined
    : `a number in ${openLow ? '(' : '['}${low}, ${high}${openHigh ? ')' : ']'}`;
const nonNegative: Check = (value) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? undefined : 'a number >= 0');
const oneOf = (...choices: string[]): Check => (value) => (choices.includes(value as string) ? undefined : `one of ${choices.join(', ')}`);
const boolean: Check = (value) => (typeof value === 'boolean' ? undefined : 'true or false');

const modelChecks: Record<keyof ModelConfig, Check> = {
  vocabularySize: integerAtLeast(2),
  embeddingSize: integerAtLeast(1),
  hiddenSize: integerAtLeast(1),
  bidirectional: boolean,
  pooling: oneOf('last', 'max', 'mean'),
  dropout: numberIn(0, 1, { openHigh: true }),
  embeddingDropout: numberIn(0, 1, { openHigh: true }),
  maxLength: integerAtLeast(1),
};

const trainingChecks: Record<keyof TrainingConfig, Check> = {
  epochs: integerAtLeast(1),
  batchSize: integerAtLeast(1),
  learningRate: numberIn(0, 10, { openLow: true }),
  weightDecay: nonNegative,
  clipNorm: nonNegative,
  schedule: oneOf('constant', 'cosine'),
  patience: integerAtLeast(1),
  seed: integerAtLeast(0),
  testFraction: numberIn(0, 1, { openLow: true, openHigh: true }),
  validationFraction: numberIn(0, 1, { openLow: true, openHigh: true }),
  minFrequency: integerAtLeast(1),
  timeLimitSeconds: nonNegative,
};

/**
 * What a setting must be, or undefined when `value` is fine for it (also
 * undefined for a name that is not a setting).
 *
 * @example
 * ```ts
 * settingProblem('dropout', 1.5) // 'a number in [0, 1)'
 * ```
 */
export function settingProblem(key: string, value: unknown): string | undefined {
  const check = (modelChecks as Record<string, Check>)[key] ?? (trainingChecks as Record<string, Check>)[key];
  return check?.(value);
}

function validate<T extends object>(where: string, value: unknown, checks: Record<string, Check>): T {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ValueError(`${where}: expected an object, got ${JSON.stringify(value)}`);
  for (const key of Object.keys(value)) {
    if (!(key in checks)) throw new ValueError(`${where}: unknown setting "${key}"; known settings are ${Object.keys(checks).join(', ')}`);
  }
  for (const [key, check] of Object.entries(checks)) {
    const field = (value as Record<string, unknown>)[key];
    if (field === undefined) throw new ValueError(`${where}: "${key}" is missing`);
    const expected = check(field);
    if (expected !== undefined) throw new ValueError(`${where}: ${key} must be ${expected}, got ${JSON.stringify(field)}`);
  }
  return value as T;
}

/**
 * Checks a model configuration field by field; throws ValueError naming the
 * first bad field, what it must be and what it was.
 *
 * @example
 * ```ts
 * validateModelConfig({ ...defaultModelConfig, vocabularySize: 5000, hiddenSize: 0 });
 * // ValueError: model config: hiddenSize must be an integer >= 1, got 0
 * ```
 */
export function validateModelConfig(value: unknown, where = 'model config'): ModelConfig {
  return validate<ModelConfig>(where, value, modelChecks);
}

/**
 * Checks a training configuration field by field (see {@link validateModelConfig}).
 *
 * @example
 * ```ts
 * validateTrainingConfig({ ...defaultTrainingConfig, learningRate: -1 }); // ValueError
 * ```
 */
export function validateTrainingConfig(value: unknown, where = 'training config'): TrainingConfig {
  return validate<TrainingConfig>(where, value, trainingChecks);
}
