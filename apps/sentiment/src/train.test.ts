import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FormatError } from '@mnemo/tensor';
import { checkpointFiles } from './checkpoint.js';
import { collector, temporaryDirectory, trainTiny } from './test-helpers.js';
import { trainModel } from './train.js';

const weightsOf = (result: { model: { stateDict(): Record<string, { data: Float32Array }> } }): Record<string, number[]> =>
  Object.fromEntries(Object.entries(result.model.stateDict()).map(([name, value]) => [name, Array.from(value.data)]));

describe('trainModel', () => {
  it('shows a progress line per epoch, writes the model, the checkpoint and the curves', async () => {
    const output = collector(false);
    const result = await trainTiny({ output });
    expect(result.history).toHaveLength(3);
    expect(output.text).toMatch(/epoch 1\/3 \[█+\] 100% loss \d\.\d{4} acc +\d+\.\d% \d+ sent\/s/);
    expect(output.text).toContain('| val loss');
    const files = ['weights.safetensors', 'vocabulary.json', 'config.json', ...Object.values(checkpointFiles), 'training.svg'];
    for (const file of files) await expect(readFile(join(result.files.directory, file))).resolves.toBeDefined();
    const info = JSON.parse(await readFile(join(result.files.directory, 'config.json'), 'utf8'));
    expect(info.bestEpoch).toBe(result.bestEpoch);
    expect(info.model.vocabularySize).toBe(result.data.vocabulary.size);
  });

  it('resumes from a checkpoint and ends with the same weights as an uninterrupted run', async () => {
    const straight = await trainTiny();
    const directory = await temporaryDirectory();
    const interrupted = await trainTiny({ directory, stopAfterEpoch: 1 });
    expect(interrupted.stopReason).toBe('interrupted');
    expect(interrupted.history).toHaveLength(1);
    const resumed = await trainModel({ directory, resume: true, config: interrupted.config, output: collector(), sentences: (await import('./test-helpers.js')).smallCorpus() });
    expect(resumed.history.map(({ seconds: _, ...record }) => record)).toEqual(straight.history.map(({ seconds: _, ...record }) => record));
    expect(resumed.bestEpoch).toBe(straight.bestEpoch);
    expect(weightsOf(resumed)).toEqual(weightsOf(straight));
  });

  it('refuses to resume from checkpoint files of different epochs', async () => {
    const result = await trainTiny({ training: { epochs: 2 } });
    const path = join(result.files.directory, checkpointFiles.state);
    const state = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...state, epoch: 1 }));
    const resuming = trainModel({ directory: result.files.directory, resume: true, config: result.config, output: collector() });
    await expect(resuming).rejects.toThrow(FormatError);
    await expect(resuming).rejects.toThrow(/checkpoint\.safetensors: holds epoch 2 but .*says epoch 1/);
  });

  it('stops early when the validation loss stops falling', async () => {
    const result = await trainTiny({ training: { epochs: 30, patience: 1, learningRate: 0.05 } });
    expect(result.stopReason).toBe('early stopping');
    expect(result.history.length).toBe(result.bestEpoch + 1);
  });
});
