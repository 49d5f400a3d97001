/**
 * The command line's vocabulary: each command's flags, its help text, and
 * turning flag strings into checked settings. A bad flag or value is a
 * {@link UsageError} (exit code 2), never a stack trace.
 */
import type { ParseArgsConfig } from 'node:util';
import { defaultModelConfig, defaultTrainingConfig, settingProblem, type ModelConfig, type TrainingConfig } from './config.js';

/** A mistake on the command line: the CLI prints it with the usage line and exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The command whose usage to show, if known. */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** A setting that a flag sets: its config key, kind, and one line of help. */
interface SettingFlag {
  key: keyof ModelConfig | keyof TrainingConfig;
  kind: 'integer' | 'number' | 'choice';
  help: string;
}

/** Training and model flags (kebab-case) -> settings. */
export const settingFlags: Readonly<Record<string, SettingFlag>> = Object.freeze({
  epochs: { key: 'epochs', kind: 'integer', help: 'most passes over the training set' },
  'batch-size': { key: 'batchSize', kind: 'integer', help: 'sentences per step' },
  'learning-rate': { key: 'learningRate', kind: 'number', help: 'Adam step size' },
  'weight-decay': { key: 'weightDecay', kind: 'number', help: 'AdamW decoupled weight decay (0: plain Adam)' },
  'clip-norm': { key: 'clipNorm', kind: 'number', help: 'clip the global gradient norm to this (0: off)' },
  schedule: { key: 'schedule', kind: 'choice', help: 'learning-rate schedule: constant or cosine' },
  patience: { key: 'patience', kind: 'integer', help: 'stop after this many epochs without a lower validation loss' },
  seed: { key: 'seed', kind: 'integer', help: 'seed of the split, weights, dropout and batch order' },
  'test-fraction': { key: 'testFraction', kind: 'number', help: 'share of the corpus held out for testing' },
  'validation-fraction': { key: 'validationFraction', kind: 'number', help: 'share of the training part held out for early stopping' },
  'min-frequency': { key: 'minFrequency', kind: 'integer', help: 'rarer training words become <unk>' },
  'time-limit': { key: 'timeLimitSeconds', kind: 'number', help: 'stop before an epoch that would pass this many seconds (0: none)' },
  'embedding-size': { key: 'embeddingSize', kind: 'integer', help: 'width of a word vector' },
  'hidden-size': { key: 'hiddenSize', kind: 'integer', help: 'LSTM state width per direction' },
  pooling: { key: 'pooling', kind: 'choice', help: 'sentence vector: last, max or mean over the LSTM outputs' },
  dropout: { key: 'dropout', kind: 'number', help: 'dropout before the linear head' },
  'embedding-dropout': { key: 'embeddingDropout', kind: 'number', help: 'probability of dropping a whole word while training' },
  'max-length': { key: 'maxLength', kind: 'integer', help: 'longer texts keep their first max-length tokens' },
});

const settingOptions: Options = Object.fromEntries(Object.keys(settingFlags).map((name) => [name, { type: 'string' as const }]));
const modelOption: Options = { model: { type: 'string', short: 'm' } };
const helpOption: Options = { help: { type: 'boolean', short: 'h' } };
const directionOptions: Options = { bidirectional: { type: 'boolean' }, unidirectional: { type: 'boolean' } };

/** One command: its flags, whether it takes text arguments, and its help. */
export interface CommandSpec {
  options: Options;
  positionals: boolean;
  usage: string;
  description: string;
  flagHelp: readonly [string, string][];
}

const modelHelp: [string, string] = ['-m, --model <dir>', 'the model directory (default runs/default)'];
const settingsHelp = (): [string, string][] => [
  ...Object.entries(settingFlags).map(([name, flag]): [string, string] => {
    const defaults = { ...defaultModelConfig, ...defaultTrainingConfig } as Record<string, unknown>;
    return [`--${name} <${flag.kind === 'choice' ? 'name' : 'n'}>`, `${flag.help}; default ${String(defaults[flag.key])}`];
  }),
  ['--bidirectional / --unidirectional', `read both ways, or left to right only; default ${defaultModelConfig.bidirectional ? 'bidirectional' : 'unidirectional'}`],
];

/** Every command of the CLI. */
export const commands: Readonly<Record<string, CommandSpec>> = Object.freeze({
  demo: {
    options: { ...modelOption, ...helpOption, ...settingOptions, ...directionOptions },
    positionals: false,
    usage: 'mnemo-sentiment demo [options]',
    description: 'Train with the defaults, evaluate, predict example sentences and inspect one, in one go.',
    flagHelp: [modelHelp, ...settingsHelp()],
  },
  train: {
    options: { ...modelOption, ...helpOption, ...settingOptions, ...directionOptions, resume: { type: 'boolean' } },
    positionals: false,
    usage: 'mnemo-sentiment train [options]',
    description: 'Train the LSTM classifier on the bundled corpus; save the best model, a checkpoint per epoch and training.svg.',
    flagHelp: [modelHelp, ['--resume', 'continue from the last checkpoint in the model directory (its settings are used)'], ...settingsHelp()],
  },
  evaluate: {
    options: { ...modelOption, ...helpOption },
    positionals: false,
    usage: 'mnemo-sentiment evaluate [--model <dir>]',
    description: "Accuracy, precision, recall, F1 and confusion matrix on the model's held-out test split, beside the bag-of-words baseline on the same split.",
    flagHelp: [modelHelp],
  },
  predict: {
    options: { ...modelOption, ...helpOption, json: { type: 'boolean' } },
    positionals: true,
    usage: 'mnemo-sentiment predict [--model <dir>] [--json] ["text" ...]   (no text: one per line from stdin; a text starting with - goes after --)',
    description: 'P(positive) for each text.',
    flagHelp: [modelHelp, ['--json', 'one JSON object per line instead of text']],
  },
  inspect: {
    options: { ...modelOption, ...helpOption, units: { type: 'string' } },
    positionals: true,
    usage: 'mnemo-sentiment inspect [--model <dir>] [--units <n>] "text"',
    description: 'Per word: P(positive) so far and a heat map of the forget, input and output gates and the cell state; also writes inspect.svg.',
    flagHelp: [modelHelp, ['--units <n>', 'hidden units shown beside the mean (default 6)']],
  },
  baseline: {
    options: { ...helpOption, seeds: { type: 'string' }, 'test-fraction': { type: 'string' } },
    positionals: false,
    usage: 'mnemo-sentiment baseline [--seeds 1,2,3] [--test-fraction 0.2]',
    description: 'Bag-of-words logistic regression on the same stratified split(s), for comparison.',
    flagHelp: [['--seeds <list>', 'comma-separated split seeds (default 1,2,3)'], ['--test-fraction <x>', 'held-out share (default 0.2)']],
  },
});

/** The short usage shown after a mistake. */
export function usageLine(command?: string): string {
  const spec = command === undefined ? undefined : commands[command];
  return spec ? `usage: ${spec.usage}  (--help for more)` : `usage: mnemo-sentiment <${Object.keys(commands).join('|')}> [options]  (mnemo-sentiment <command> --help)`;
}

/** The full help of a command, or of the program. */
export function helpText(command?: string): string {
  const spec = command === undefined ? undefined : commands[command];
  if (!spec) {
    return [
      'mnemo-sentiment: an LSTM sentiment classifier you can look inside.',
      '',
      usageLine(),
      '',
      ...Object.entries(commands).map(([name, commandSpec]) => `  ${name.padEnd(9)} ${commandSpec.description}`),
    ].join('\n');
  }
  const width = Math.max(...spec.flagHelp.map(([flag]) => flag.length));
  return [`usage: ${spec.usage}`, '', spec.description, '', 'options:', ...spec.flagHelp.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`), `  ${'-h, --help'.padEnd(width)}  this help`].join('\n');
}

/** A number flag's value, or a UsageError naming the flag. */
export function parseNumberFlag(command: string, name: string, raw: string, integer: boolean): number {
  const value = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new UsageError(`--${name} must be ${integer ? 'an integer' : 'a number'}, got "${raw}"`, command);
  }
  return value;
}

/** The model and training settings given by flags over the defaults, each checked. */
export function settingsFromFlags(command: string, values: Record<string, unknown>): { model: Omit<ModelConfig, 'vocabularySize'>; training: TrainingConfig } {
  const settings: Record<string, unknown> = { ...defaultModelConfig, ...defaultTrainingConfig };
  for (const [name, flag] of Object.entries(settingFlags)) {
    const raw = values[name];
    if (typeof raw !== 'string') continue;
    const value = flag.kind === 'choice' ? raw : parseNumberFlag(command, name, raw, flag.kind === 'integer');
    const problem = settingProblem(flag.key, value);
    if (problem !== undefined) throw new UsageError(`--${name} must be ${problem}, got "${raw}"`, command);
    settings[flag.key] = value;
  }
  if (values.bidirectional === true && values.unidirectional === true) throw new UsageError('--bidirectional and --unidirectional exclude each other', command);
  if (values.bidirectional === true) settings.bidirectional = true;
  if (values.unidirectional === true) settings.bidirectional = false;
  const modelKeys = Object.keys(defaultModelConfig);
  const pick = (keys: string[]): Record<string, unknown> => Object.fromEntries(keys.map((key) => [key, settings[key]]));
  return {
    model: pick(modelKeys) as Omit<ModelConfig, 'vocabularySize'>,
    training: pick(Object.keys(defaultTrainingConfig)) as unknown as TrainingConfig,
  };
}
