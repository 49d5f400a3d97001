/**
 * streamCsv and loadCsv: labelled texts from a CSV or TSV file, streamed.
 */
import { MalformedRows, type LabeledText, type ParseResult } from '../line-format.js';
import { CsvFormat, type CsvOptions } from '../parse-csv.js';
import { checkPath } from './check-path.js';
import { readFileRecords } from './read-file-lines.js';
import { collect, recordStream, type RecordStream } from './record-stream.js';

/**
 * Streams labelled texts from a CSV (or TSV, `delimiter: '\t'`) file, one line
 * at a time, with exactly the rules and options of `parseCsv` (from `@mnemo/datasets`). Errors
 * name the path and line (`reviews.csv:41: expected 2 fields, found 3`).
 *
 * @param path - the file; UTF-8 (a line that is not valid UTF-8 is a malformed row).
 * @returns an async iterable of `{ text, label }` with a `skipped` count.
 *
 * @example
 * ```ts
 * const rows = streamCsv('reviews.tsv', { delimiter: '\t', onMalformed: 'skip' });
 * for await (const { text, label } of rows) { ... }
 * console.log(`${rows.skipped} malformed rows skipped`);
 * ```
 */
export function streamCsv<L = string>(path: string, options: CsvOptions<L> = {}): RecordStream<LabeledText<L>> {
  const op = 'streamCsv(path, options)';
  checkPath(op, 'path', path);
  const makeFormat = (): CsvFormat<L> => new CsvFormat<L>(op, options);
  const makeRows = (): MalformedRows => new MalformedRows(op, options, path);
  makeFormat(); // check the options now, not at the first read
  makeRows();
  return recordStream(makeRows, (rows) => readFileRecords(path, makeFormat(), rows));
}

/**
 * Reads a whole CSV or TSV file into memory (streamed from disk while reading);
 * the same rules and options as `parseCsv` (from `@mnemo/datasets`).
 *
 * @returns `{ records: { text, label }[], skipped }`.
 *
 * @example
 * ```ts
 * const { records, skipped } = await loadCsv('reviews.csv', { textColumn: 'review', labelColumn: 'sentiment', onMalformed: 'skip' });
 * ```
 */
export async function loadCsv<L = string>(path: string, options: CsvOptions<L> = {}): Promise<ParseResult<LabeledText<L>>> {
  return collect(streamCsv(path, options));
}
