/**
 * What each command of the CLI does: train, evaluate, predict, inspect,
 * demo (all of them in one go) and baseline.
 */
import { join } from 'node:path';
import { loadSentimentSentences } from '@mnemo/datasets';
import { writeFileAtomic } from '@mnemo/nn/node';
import { evaluateBaseline } from './baseline.js';
import type { Bundle } from './bundle-format.js';
import { loadBundle } from './bundle.js';
import { encodeText, splitCorpus, type Example } from './data.js';
import { evaluateExamples } from './evaluate.js';
import { EXAMPLE_SENTENCES, SEED_SENTENCE } from './examples.js';
import { parseNumberFlag, settingFlags, settingsFromFlags, UsageError } from './flags.js';
import { formatInspection, inspectText } from './inspect.js';
import { formatMetrics } from './metrics.js';
import { formatPrediction, predictTexts } from './predict.js';
import type { ProgressOutput } from './progress-bar.js';
import { inspectHeatmapSvg } from './report.js';
import { trainModel } from './train.js';

/** Where the CLI reads and writes: the process's streams, or collectors in tests. */
export interface CliIo {
  stdout: ProgressOutput;
  stderr: { write(text: string): unknown };
  /** Lines to predict when no text is given; null when there is none. */
  stdin: (AsyncIterable<string | Uint8Array> & { isTTY?: boolean }) | null;
  env: Record<string, string | undefined>;
}

/** One command's run: the parsed flags and where to write. */
export interface CommandContext {
  io: CliIo;
  color: boolean;
  values: Record<string, unknown>;
  positionals: string[];
}

/** The default model directory, relative to the working directory. */
export const DEFAULT_MODEL_DIRECTORY = 'runs/default';

const print = (context: CommandContext, text = ''): void => {
  context.io.stdout.write(`${text}\n`);
};
const directoryOf = (context: CommandContext): string => (context.values.model as string | undefined) ?? DEFAULT_MODEL_DIRECTORY;
const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;

async function readStdinLines(context: CommandContext, command: string): Promise<string[]> {
  const { stdin } = context.io;
  if (stdin === null || stdin.isTTY) throw new UsageError(`give the text as an argument, e.g. ${command} "What a great phone!", or pipe lines into stdin`, command);
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of stdin) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

/** The test examples of a saved model: its split, rebuilt from its seed, encoded with its vocabulary. */
function testExamples(bundle: Bundle): Example[] {
  const { test } = splitCorpus(loadSentimentSentences(), bundle.info.training);
  return test.map((sentence) => ({ text: sentence.text, ids: encodeText(bundle.vocabulary, sentence.text, bundle.info.model.maxLength).ids, label: sentence.label }));
}

async function train(context: CommandContext, command: string): Promise<Bundle> {
  const config = settingsFromFlags(command, context.values);
  const directory = directoryOf(context);
  const resume = context.values.resume === true;
  if (resume && Object.keys(settingFlags).some((name) => context.values[name] !== undefined)) {
    context.io.stderr.write('note: settings flags are ignored with --resume; the checkpoint keeps its own settings\n');
  }
  const result = await trainModel({ directory, config, resume, output: context.io.stdout, log: (line) => print(context, line) });
  const best = result.history.find((record) => record.epoch === result.bestEpoch);
  const why = { 'early stopping': 'early stopping', epochs: 'all epochs done', 'time limit': 'time limit', interrupted: 'interrupted', stopped: 'stopped' }[result.stopReason] ?? result.stopReason;
  print(context, `stopped (${why}) after ${result.history.length} epoch${result.history.length === 1 ? '' : 's'}, ${result.seconds.toFixed(1)}s of training; best epoch ${result.bestEpoch}` +
    (best ? ` (validation loss ${best.validationLoss.toFixed(4)}, accuracy ${percent(best.validationAccuracy)})` : ''));
  print(context, `saved model: ${join(directory, '{weights.safetensors, vocabulary.json, config.json}')}; checkpoint for --resume: ${join(directory, 'checkpoint.json')}`);
  if (result.files.curves) print(context, `training curves: ${result.files.curves}`);
  return loadBundle(directory);
}

async function evaluate(context: CommandContext, bundle: Bundle): Promise<void> {
  const test = testExamples(bundle);
  const { metrics, loss } = evaluateExamples(bundle.model, test);
  const { seed, testFraction } = bundle.info.training;
  print(context, formatMetrics(metrics, `test split (seed ${seed}, ${percent(testFraction)} held out, stratified): loss ${loss.toFixed(4)}`));
  const baseline = evaluateBaseline(loadSentimentSentences(), { seed, testFraction });
  print(context, `\n  for comparison, bag-of-words logistic regression on the same split: accuracy ${percent(baseline.metrics.accuracy)}, F1 ${percent(baseline.metrics.f1)}`);
}

function predict(context: CommandContext, bundle: Bundle, texts: readonly string[]): void {
  for (const prediction of predictTexts(bundle, texts)) {
    if (context.values.json === true) {
      const { text, label, probability, unknownTokens, totalTokens, notes } = prediction;
      print(context, JSON.stringify({ text, label: totalTokens === 0 ? null : label, probability, unknownTokens, tokens: totalTokens, notes }));
    } else {
      print(context, formatPrediction(prediction, context.color));
    }
  }
}

/**
 * The units `inspect` shows: `--units`, or 6, fewer when colour blocks (two
 * characters each, four blocks per line) would overflow a narrow terminal.
 */
function unitsFlag(context: CommandContext): number {
  if (context.values.units !== undefined) {
    const units = parseNumberFlag('inspect', 'units', context.values.units as string, true);
    if (units < 1) throw new UsageError(`--units must be at least 1, got ${units}`, 'inspect');
    return units;
  }
  const columns = context.io.stdout.columns;
  if (!context.color || columns === undefined || columns <= 0) return 6;
  // A line: word (up to 16) + P(pos) (6) + four blocks of (units + 1) two-character cells and a gap, 2 spaces between columns.
  const perBlock = Math.floor((columns - 32) / 4);
  return Math.max(1, Math.min(6, Math.floor((perBlock - 1) / 2) - 1));
}

async function inspect(context: CommandContext, bundle: Bundle, text: string, units = 6): Promise<void> {
  const inspection = inspectText(bundle, text, { units });
  print(context, `inspect: ${JSON.stringify(text.length > 200 ? `${text.slice(0, 199)}…` : text)}`);
  print(context, formatInspection(inspection, { color: context.color }));
  if (inspection.tokens.length > 0) {
    const path = join(bundle.directory, 'inspect.svg');
    await writeFileAtomic(path, inspectHeatmapSvg(inspection, `inspect: ${text.length > 90 ? `${text.slice(0, 89)}…` : text}`));
    print(context, `heat map picture: ${path}`);
  }
}

async function textArguments(context: CommandContext, command: string): Promise<string[]> {
  return context.positionals.length > 0 ? context.positionals : readStdinLines(context, command);
}

/** Runs one command; throws UsageError for command-line mistakes and MnemoErrors for data problems. */
export async function runCommand(command: string, context: CommandContext): Promise<void> {
  switch (command) {
    case 'train':
      await train(context, command);
      return;
    case 'evaluate':
      await evaluate(context, await loadBundle(directoryOf(context)));
      return;
    case 'predict': {
      const texts = await textArguments(context, command);
      predict(context, await loadBundle(directoryOf(context)), texts);
      return;
    }
    case 'inspect': {
      const units = unitsFlag(context);
      const text = context.positionals.length > 0 ? context.positionals.join(' ') : (await readStdinLines(context, command)).join(' ');
      await inspect(context, await loadBundle(directoryOf(context)), text, units);
      return;
    }
    case 'demo': {
      print(context, '== 1. train: Embedding -> LSTM -> pooling -> Dropout -> Linear, on the bundled 3,000 review sentences');
      const bundle = await train(context, command);
      print(context, '\n== 2. evaluate on the held-out test split');
      await evaluate(context, bundle);
      print(context, '\n== 3. predict');
      predict(context, bundle, EXAMPLE_SENTENCES);
      print(context, '\n== 4. inspect: what the LSTM remembered and forgot, word by word');
      await inspect(context, bundle, SEED_SENTENCE);
      print(context, `\nnext: pnpm cli predict "your sentence" | pnpm cli inspect "your sentence" | pnpm cli --help (model in ${bundle.directory})`);
      return;
    }
    case 'baseline': {
      const rawSeeds = (context.values.seeds as string | undefined) ?? '1,2,3';
      const seeds = rawSeeds.split(',').map((seed) => parseNumberFlag(command, 'seeds', seed, true));
      const testFraction = context.values['test-fraction'] === undefined ? 0.2 : parseNumberFlag(command, 'test-fraction', context.values['test-fraction'] as string, false);
      if (!(testFraction > 0 && testFraction < 1)) throw new UsageError(`--test-fraction must be a number in (0, 1), got ${testFraction}`, command);
      const sentences = loadSentimentSentences();
      const accuracies = seeds.map((seed) => {
        const result = evaluateBaseline(sentences, { seed, testFraction });
        print(context, `seed ${seed}: accuracy ${percent(result.metrics.accuracy)}, F1 ${percent(result.metrics.f1)} (${result.trainSize} training sentences, vocabulary ${result.vocabularySize}, ${result.seconds.toFixed(1)}s)`);
        return result.metrics.accuracy;
      });
      print(context, `mean accuracy over ${seeds.length} seed(s): ${percent(accuracies.reduce((sum, value) => sum + value, 0) / accuracies.length)}`);
      return;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
