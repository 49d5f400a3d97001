import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FormatError } from '@mnemo/tensor';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../parse-csv.js';
import { loadCsv, streamCsv } from './load-csv.js';
import { readLines } from './read-lines.js';

const directory = mkdtempSync(join(tmpdir(), 'mnemo-datasets-csv-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const write = (name: string, content: string | Uint8Array): string => {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
};

describe('loadCsv and streamCsv', () => {
  it('read a file with quoted fields exactly as parseCsv reads the text', async () => {
    const content = '\ufefftext,label\r\n"Loved it, really",1\r\n"Two\r\nlines ""quoted""",0\r\n\r\nCafé 😀 東京,1';
    const path = write('quoted.csv', content);
    const loaded = await loadCsv(path);
    expect(loaded).toEqual(parseCsv(content));
    expect(loaded.records.map((record) => record.text)).toEqual(['Loved it, really', 'Two\nlines "quoted"', 'Café 😀 東京']);
  });

  it('read TSV', async () => {
    const path = write('data.tsv', 'text\tlabel\nnice, cheap\tpos\n');
    expect((await loadCsv(path, { delimiter: '\t' })).records).toEqual([{ text: 'nice, cheap', label: 'pos' }]);
  });

  it('name the file and line of a malformed row, or skip and count', async () => {
    const path = write('bad.csv', 'text,label\ngood,1\nthree,fields,here\nfine,0\n');
    await expect(loadCsv(path)).rejects.toThrow(FormatError);
    await expect(loadCsv(path)).rejects.toThrow(`${path}:3: expected 2 fields, found 3`);
    expect(await loadCsv(path, { onMalformed: 'skip' })).toEqual({ records: [{ text: 'good', label: '1' }, { text: 'fine', label: '0' }], skipped: 1 });
  });

  it('report a line that is not UTF-8 by number, and read the rest', async () => {
    const bytes = Buffer.concat([Buffer.from('text,label\nok,1\n'), Buffer.from([0x62, 0xff, 0x61, 0x64, 0x2c, 0x30, 0x0a]), Buffer.from('é,1\n')]);
    const path = write('latin1.csv', bytes);
    await expect(loadCsv(path)).rejects.toThrow(`${path}:3: the line is not valid UTF-8`);
    expect(await loadCsv(path, { onMalformed: 'skip' })).toEqual({ records: [{ text: 'ok', label: '1' }, { text: 'é', label: '1' }], skipped: 1 });
  });

  it('stream a big file record by record, across read chunks, with a running skipped count', async () => {
    const rows = ['text,label'];
    for (let index = 0; index < 20_000; index++) rows.push(index % 1000 === 999 ? 'broken,row,here' : `"review ${index}, with a comma and é",${index % 2}`);
    const path = write('big.csv', rows.join('\n'));
    const stream = streamCsv(path, { onMalformed: 'skip', parseLabel: { 0: 0, 1: 1 } });
    let count = 0;
    let positives = 0;
    for await (const record of stream) {
      count++;
      positives += record.label;
    }
    expect(count).toBe(19_980);
    expect(stream.skipped).toBe(20);
    expect(positives).toBe(9_980); // the 20 broken rows all sat at odd (positive) indices
    // A second pass reads the file again and counts afresh.
    let again = 0;
    for await (const record of stream) again += record.text.length > 0 ? 1 : 0;
    expect([again, stream.skipped]).toEqual([19_980, 20]);
  });

  it('check options at the call, and report a missing file when read', async () => {
    expect(() => streamCsv(join(directory, 'x.csv'), { delimiter: '' })).toThrow(/delimiter must be one character/);
    expect(() => streamCsv('' as string)).toThrow(/path must be a non-empty string/);
    await expect(loadCsv(join(directory, 'missing.csv'))).rejects.toThrow(/ENOENT/);
  });
});

describe('readLines', () => {
  it('splits on \\n and \\r\\n, keeps a lone \\r, keeps multi-byte characters split across chunks whole', async () => {
    const text = `a\r\nb\rc\n${'é'.repeat(70_000)}\n\nlast`;
    const path = write('lines.txt', text);
    const lines: string[] = [];
    for await (const line of readLines(path)) if ('text' in line) lines.push(line.text);
    expect(lines).toEqual(['a', 'b\rc', 'é'.repeat(70_000), '', 'last']);
  });

  it('gives no lines for an empty file and one for a file without a final line break', async () => {
    const lines = async (content: string) => {
      const out: unknown[] = [];
      for await (const line of readLines(write('l.txt', content))) out.push(line);
      return out;
    };
    expect(await lines('')).toEqual([]);
    expect(await lines('x')).toEqual([{ line: 1, text: 'x' }]);
    expect(await lines('x\n')).toEqual([{ line: 1, text: 'x' }]);
  });
});
