import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FormatError } from '@mnemo/tensor';
import { afterAll, describe, expect, it } from 'vitest';
import { loadClassFolders, streamClassFolders } from './load-class-folders.js';

const root = mkdtempSync(join(tmpdir(), 'mnemo-datasets-folders-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The layout of the large IMDb review set: train/{neg,pos,unsup}/<id>_<rating>.txt
const train = join(root, 'train');
for (const folder of ['neg', 'pos', 'unsup', '.hidden']) mkdirSync(join(train, folder), { recursive: true });
writeFileSync(join(train, 'pos', '10_9.txt'), 'A masterpiece.<br /><br />Go see it.');
writeFileSync(join(train, 'pos', '2_8.txt'), 'Très bien 😀');
writeFileSync(join(train, 'pos', 'notes.md'), 'not a review');
writeFileSync(join(train, 'pos', '.DS_Store'), 'junk');
writeFileSync(join(train, 'neg', '0_2.txt'), 'Dull.\n');
writeFileSync(join(train, 'neg', '1_1.txt'), '');
writeFileSync(join(train, 'unsup', '0_0.txt'), 'unlabelled');
writeFileSync(join(train, 'README'), 'a file beside the folders');

describe('loadClassFolders', () => {
  it('reads one text per file, labels from folder order, files in name order', async () => {
    const { records, classes, skipped } = await loadClassFolders(train, { classes: ['neg', 'pos'] });
    expect(classes).toEqual(['neg', 'pos']);
    expect(skipped).toBe(0);
    expect(records.map(({ text, label, className }) => ({ text, label, className }))).toEqual([
      { text: 'Dull.\n', label: 0, className: 'neg' },
      { text: '', label: 0, className: 'neg' },
      { text: 'A masterpiece.<br /><br />Go see it.', label: 1, className: 'pos' },
      { text: 'Très bien 😀', label: 1, className: 'pos' },
    ]);
    expect(records[0].file).toBe(join(train, 'neg', '0_2.txt'));
  });

  it('defaults to every non-hidden subfolder, sorted', async () => {
    const { classes, records } = await loadClassFolders(train);
    expect(classes).toEqual(['neg', 'pos', 'unsup']);
    expect(records.filter((record) => record.label === 2).map((record) => record.text)).toEqual(['unlabelled']);
  });

  it('reads other extensions, or every file with extension ""', async () => {
    const { records } = await loadClassFolders(train, { classes: ['pos'], extension: '' });
    expect(records.map((record) => record.text)).toEqual(['A masterpiece.<br /><br />Go see it.', 'Très bien 😀', 'not a review']);
  });

  it('names a file that is not UTF-8, or skips and counts it', async () => {
    const bad = join(root, 'bad');
    mkdirSync(join(bad, 'neg'), { recursive: true });
    writeFileSync(join(bad, 'neg', 'a.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9])); // Latin-1 "café"
    writeFileSync(join(bad, 'neg', 'b.txt'), 'fine');
    await expect(loadClassFolders(bad)).rejects.toThrow(FormatError);
    await expect(loadClassFolders(bad)).rejects.toThrow(`${join(bad, 'neg', 'a.txt')}: the file is not valid UTF-8`);
    const skippedFiles: string[] = [];
    const result = await loadClassFolders(bad, { onMalformed: 'skip', onSkip: (row) => skippedFiles.push(row.file) });
    expect([result.records.map((record) => record.text), result.skipped]).toEqual([['fine'], 1]);
    expect(skippedFiles).toEqual([join(bad, 'neg', 'a.txt')]);
  });

  it('throws for a missing class folder or an empty directory', async () => {
    expect(() => streamClassFolders(train, { classes: ['neg', 'positive'] })).toThrow(/class folder "positive" does not exist/);
    expect(() => streamClassFolders(train, { classes: ['neg', 'neg'] })).toThrow(/lists a folder twice/);
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(() => streamClassFolders(empty)).toThrow(/no class subfolders found/);
    expect(() => streamClassFolders(join(root, 'nope'))).toThrow(/ENOENT/);
  });

  it('streams, exposing the classes before iterating', async () => {
    const stream = streamClassFolders(train, { classes: ['pos', 'neg'] });
    expect(stream.classes).toEqual(['pos', 'neg']);
    const labels: number[] = [];
    for await (const record of stream) labels.push(record.label);
    expect(labels).toEqual([0, 0, 1, 1]);
  });
});
