import { FormatError, ValueError } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import type { SkippedRow } from './line-format.js';
import { parseCsv } from './parse-csv.js';

describe('parseCsv', () => {
  it('reads a header and the text and label columns by name', () => {
    const csv = 'id,text,label\n1,Great phone,1\n2,Broke in a week,0\n';
    expect(parseCsv(csv)).toEqual({ records: [{ text: 'Great phone', label: '1' }, { text: 'Broke in a week', label: '0' }], skipped: 0 });
    expect(parseCsv(csv, { textColumn: 'id', labelColumn: 0 }).records[0]).toEqual({ text: '1', label: '1' });
  });

  it('reads quoted fields holding commas, line breaks and doubled quotes', () => {
    const csv = 'text,label\n"Loved it, really",pos\n"Two\nlines\r\n\nand a blank",neg\n"Said ""meh"", left",neg\n"",pos\n';
    expect(parseCsv(csv).records).toEqual([
      { text: 'Loved it, really', label: 'pos' },
      { text: 'Two\nlines\n\nand a blank', label: 'neg' },
      { text: 'Said "meh", left', label: 'neg' },
      { text: '', label: 'pos' },
    ]);
  });

  it('reads TSV with a tab delimiter, where commas are plain text', () => {
    const tsv = 'label\ttext\n1\tGood, cheap\n0\t"Quoted"\tand more\n';
    expect(() => parseCsv(tsv, { delimiter: '\t' })).toThrow(/<csv>:3: expected 2 fields, found 3/);
    expect(parseCsv('label\ttext\n1\tGood, cheap\n0\tbad\n', { delimiter: '\t' }).records).toEqual([
      { text: 'Good, cheap', label: '1' },
      { text: 'bad', label: '0' },
    ]);
  });

  it('with quoting: false, reads quotes as plain text, one record per line', () => {
    const tsv = 'A "must see\t1\nSaid ""meh""\t0\n';
    expect(() => parseCsv(tsv, { delimiter: '\t', header: false })).toThrow(FormatError);
    expect(parseCsv(tsv, { delimiter: '\t', header: false, quoting: false }).records).toEqual([
      { text: 'A "must see', label: '1' },
      { text: 'Said ""meh""', label: '0' },
    ]);
  });

  it('reads files without a header by column index (default text 0, label 1)', () => {
    expect(parseCsv('hello,1\nbye,0', { header: false }).records).toEqual([{ text: 'hello', label: '1' }, { text: 'bye', label: '0' }]);
    expect(parseCsv('1,hello\n0,bye', { header: false, textColumn: 1, labelColumn: 0 }).records[1]).toEqual({ text: 'bye', label: '0' });
  });

  it('ignores blank lines, CRLF line ends and a byte-order mark; keeps Unicode text', () => {
    const csv = '\ufefftext,label\r\n\r\nCafé 😀 東京,1\r\n\r\n';
    expect(parseCsv(csv).records).toEqual([{ text: 'Café 😀 東京', label: '1' }]);
    expect(parseCsv('').records).toEqual([]);
    expect(parseCsv('text,label\n').records).toEqual([]);
  });

  it('maps labels with a lookup table or a function, a rejected label making the row malformed', () => {
    const csv = 'text,label\na,pos\nb,neg\nc,meh\n';
    expect(() => parseCsv(csv, { parseLabel: { neg: 0, pos: 1 } })).toThrow(/<csv>:4: label "meh" is not one of "neg", "pos"/);
    expect(parseCsv(csv, { parseLabel: { neg: 0, pos: 1 }, onMalformed: 'skip' })).toEqual({
      records: [{ text: 'a', label: 1 }, { text: 'b', label: 0 }],
      skipped: 1,
    });
    const strictNumber = (raw: string) => {
      if (!/^[01]$/.test(raw)) throw new Error('expected 0 or 1');
      return Number(raw);
    };
    expect(() => parseCsv('text,label\na,1\nb,2\n', { parseLabel: strictNumber })).toThrow(/:3: label "2" rejected: expected 0 or 1/);
  });

  it('names file and line of a malformed row, or skips and counts it', () => {
    const csv = ['text,label', 'good,1', 'too,many,fields', 'bad"quote,0', '"closed"x,1', 'fine,0'].join('\n');
    let error: unknown;
    try {
      parseCsv(csv, { file: 'reviews.csv' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).file).toBe('reviews.csv');
    expect((error as FormatError).line).toBe(3);
    expect((error as FormatError).message).toBe('reviews.csv:3: expected 2 fields, found 3');

    const skippedRows: SkippedRow[] = [];
    const result = parseCsv(csv, { file: 'reviews.csv', onMalformed: 'skip', onSkip: (row) => skippedRows.push(row) });
    expect(result).toEqual({ records: [{ text: 'good', label: '1' }, { text: 'fine', label: '0' }], skipped: 3 });
    expect(skippedRows.map((row) => row.line)).toEqual([3, 4, 5]);
    expect(skippedRows[1].message).toMatch(/a quote inside unquoted field 1/);
    expect(skippedRows[2].message).toMatch(/unexpected "x" after the closing quote of field 1/);
  });

  it('reports a quote never closed at the line it opened', () => {
    const csv = 'text,label\nok,1\n"never closed,0\nmore,1\n';
    expect(() => parseCsv(csv)).toThrow(/<csv>:3: a quoted field opened on line 3 is never closed/);
    expect(parseCsv(csv, { onMalformed: 'skip' })).toEqual({ records: [{ text: 'ok', label: '1' }], skipped: 1 });
  });

  it('reports the line of a problem inside a multi-line record', () => {
    expect(() => parseCsv('text,label\n"a\nb"c,1\n')).toThrow(/<csv>:3: unexpected "c" .* \(in the record that starts on line 2\)/);
  });

  it('always throws for a header without the requested column or an unreadable header', () => {
    expect(() => parseCsv('review,stars\nx,1\n', { onMalformed: 'skip' })).toThrow(/<csv>:1: textColumn "text" is not in the header \["review", "stars"\]/);
    expect(() => parseCsv('text,label\nx,1\n', { header: false, textColumn: 3, onMalformed: 'skip' })).toThrow(/textColumn 3 is out of range/);
    expect(() => parseCsv('te"xt,label\nx,1\n', { onMalformed: 'skip' })).toThrow(FormatError);
  });

  it('reads a very long field', () => {
    const long = Array.from({ length: 10_000 }, () => 'word, "quoted"').join(' ');
    const csv = `text,label\n"${long.replaceAll('"', '""')}",1\n`;
    expect(parseCsv(csv).records[0].text).toBe(long);
  });

  it('rejects bad options by name', () => {
    expect(() => parseCsv('x', { delimiter: ';;' })).toThrow(/delimiter must be one character other than a quote or line break, got ";;"/);
    expect(() => parseCsv('x', { delimiter: '"' })).toThrow(ValueError);
    expect(() => parseCsv('x', { header: false, textColumn: 'text' })).toThrow(/textColumn "text" is a column name, but header is false/);
    expect(() => parseCsv('x', { onMalformed: 'ignore' as never })).toThrow(/onMalformed must be "error" or "skip", got "ignore"/);
    expect(() => parseCsv('x', { labelCol: 'y' } as never)).toThrow(/unknown option "labelCol"/);
    expect(() => parseCsv(Buffer.from('x') as never)).toThrow(/text must be a string/);
  });
});
