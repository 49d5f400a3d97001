/**
 * The quality protocol, as a script: for seeds 1, 2, 3, the stratified 80/20
 * split, the LSTM with the default settings (or `key=value` overrides) and the
 * bag-of-words baseline on the same split; prints a Markdown table of test
 * accuracy per seed, the mean, and the training time.
 *
 *   pnpm --filter @mnemo/sentiment-app run experiment
 *   pnpm --filter @mnemo/sentiment-app run experiment -- --seeds 1 hiddenSize=32 pooling=last
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSentimentSentences } from '@mnemo/datasets';
import { evaluateBaseline } from './baseline.js';
import { defaultModelConfig, defaultTrainingConfig, type ModelConfig, type TrainingConfig } from './config.js';
import { evaluateExamples } from './evaluate.js';
import { trainModel } from './train.js';

/** One LSTM run of the protocol. */
interface Run {
  seed: number;
  accuracy: number;
  f1: number;
  seconds: number;
  bestEpoch: number;
  epochs: number;
  baselineAccuracy: number;
}

/** Turns `key=value` overrides into model and training settings (numbers, booleans and words as given). */
export function applyOverrides(overrides: readonly string[]): { model: Omit<ModelConfig, 'vocabularySize'>; training: TrainingConfig } {
  const model: Record<string, unknown> = { ...defaultModelConfig };
  const training: Record<string, unknown> = { ...defaultTrainingConfig };
  for (const override of overrides) {
    const [key, raw] = override.split('=', 2);
    if (raw === undefined) throw new Error(`override "${override}" must be key=value`);
    const value = raw === 'true' ? true : raw === 'false' ? false : Number.isNaN(Number(raw)) ? raw : Number(raw);
    if (key in model) model[key] = value;
    else if (key in training) training[key] = value;
    else throw new Error(`unknown setting "${key}"; settings: ${[...Object.keys(model), ...Object.keys(training)].join(', ')}`);
  }
  return { model: model as Omit<ModelConfig, 'vocabularySize'>, training: training as unknown as TrainingConfig };
}

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;
const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

async function main(): Promise<void> {
  // `pnpm run experiment -- --seeds 4,5,6` passes the `--` along: skip it.
  const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'));
  const { values, positionals } = parseArgs({ args, options: { seeds: { type: 'string', default: '1,2,3' }, quiet: { type: 'boolean', default: false } }, allowPositionals: true });
  const seeds = values.seeds.split(',').map(Number);
  const config = applyOverrides(positionals);
  const sentences = loadSentimentSentences();
  console.log(`settings: ${JSON.stringify({ ...config.model, ...config.training })}`);
  const runs: Run[] = [];
  for (const seed of seeds) {
    const directory = await mkdtemp(join(tmpdir(), 'mnemo-sentiment-experiment-'));
    try {
      const result = await trainModel({
        directory,
        config: { model: config.model, training: { ...config.training, seed } },
        sentences,
        output: values.quiet ? { write: () => true, isTTY: false } : { write: (text: string) => process.stdout.write(text), isTTY: false },
        writeCurves: false,
      });
      const test = evaluateExamples(result.model, result.data.test);
      const baseline = evaluateBaseline(sentences, { seed, testFraction: config.training.testFraction });
      const run: Run = {
        seed,
        accuracy: test.metrics.accuracy,
        f1: test.metrics.f1,
        seconds: result.seconds,
        bestEpoch: result.bestEpoch,
        epochs: result.history.length,
        baselineAccuracy: baseline.metrics.accuracy,
      };
      runs.push(run);
      console.log(`seed ${seed}: LSTM ${percent(run.accuracy)} (F1 ${percent(run.f1)}, best epoch ${run.bestEpoch}/${run.epochs}, ${run.seconds.toFixed(1)}s) | bag of words ${percent(run.baselineAccuracy)}`);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }
  console.log('');
  console.log('| seed | LSTM test accuracy | LSTM F1 | best epoch / epochs run | training time | bag-of-words test accuracy |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const run of runs) {
    console.log(`| ${run.seed} | ${percent(run.accuracy)} | ${percent(run.f1)} | ${run.bestEpoch} / ${run.epochs} | ${run.seconds.toFixed(1)} s | ${percent(run.baselineAccuracy)} |`);
  }
  console.log(
    `| **mean** | **${percent(mean(runs.map((run) => run.accuracy)))}** | ${percent(mean(runs.map((run) => run.f1)))} | | ${mean(runs.map((run) => run.seconds)).toFixed(1)} s | **${percent(mean(runs.map((run) => run.baselineAccuracy)))}** |`,
  );
}

await main();
