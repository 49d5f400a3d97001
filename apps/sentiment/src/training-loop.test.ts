import { describe, expect, it } from 'vitest';
import { createRng } from '@mnemo/tensor';
import { validateModelConfig, validateTrainingConfig, type TrainingConfig } from './config.js';
import { prepareData } from './data.js';
import { SentimentClassifier } from './model.js';
import { smallCorpus, tinyModel, tinyTraining } from './test-helpers.js';
import { makeOptimizer, makeScheduler, runTrainingLoop, type BatchProgress, type EpochReport, type TrainingLoopOptions } from './training-loop.js';

/** The loop's options for the tiny model on the small corpus, with `overrides` of the settings. */
function setup(overrides: Partial<TrainingConfig> = {}): TrainingLoopOptions {
  const training = validateTrainingConfig({ ...tinyTraining, ...overrides });
  const data = prepareData(smallCorpus(), training, tinyModel.maxLength);
  const model = new SentimentClassifier(validateModelConfig({ ...tinyModel, vocabularySize: data.vocabulary.size }), { seed: training.seed });
  const optimizer = makeOptimizer(model, training);
  return { model, optimizer, scheduler: makeScheduler(optimizer, training), training, data, batchRng: createRng(training.seed + 7919) };
}

const weightsOf = (options: TrainingLoopOptions): number[][] => Object.values(options.model.stateDict()).map((tensor) => Array.from(tensor.data));

describe('runTrainingLoop', () => {
  it('reports every batch and epoch, and stops early keeping the best epoch', async () => {
    const options = setup({ epochs: 30, patience: 1, learningRate: 0.05 });
    const batches: BatchProgress[] = [];
    const reports: EpochReport[] = [];
    let bestWeights: number[][] = [];
    const result = await runTrainingLoop({
      ...options,
      onBatch: (progress) => batches.push(progress),
      onEpoch: (report) => {
        reports.push({ ...report, state: { ...report.state } });
        if (report.improved) bestWeights = weightsOf(options);
      },
    });
    expect(result.stopReason).toBe('early stopping');
    expect(result.history).toHaveLength(result.bestEpoch + 1);
    expect(reports.map((report) => report.record.epoch)).toEqual(result.history.map((record) => record.epoch));
    expect(reports.at(-1)!.improved).toBe(false);
    const firstEpoch = batches.filter((progress) => progress.epoch === 1);
    expect(firstEpoch.at(-1)!.seen).toBe(options.data.train.length);
    expect(firstEpoch.map((progress) => progress.seen)).toEqual([...firstEpoch.map((progress) => progress.seen)].sort((a, b) => a - b));
    expect(weightsOf(options)).toEqual(bestWeights);
    expect(options.model.training).toBe(false);
  });

  it("ends after the epoch whose onEpoch returns 'stop'", async () => {
    const result = await runTrainingLoop({ ...setup(), onEpoch: ({ record }) => (record.epoch === 2 ? 'stop' : undefined) });
    expect(result.stopReason).toBe('interrupted');
    expect(result.history.map((record) => record.epoch)).toEqual([1, 2]);
  });

  it('stops before the next batch when the signal aborts, leaving the unfinished epoch out', async () => {
    const controller = new AbortController();
    const options = setup();
    const result = await runTrainingLoop({
      ...options,
      signal: controller.signal,
      onBatch: (progress) => {
        if (progress.epoch === 2) controller.abort();
      },
    });
    expect(result.stopReason).toBe('stopped');
    expect(result.history.map((record) => record.epoch)).toEqual([1]);
    expect(result.bestEpoch).toBe(1);
  });
});
