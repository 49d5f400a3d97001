/**
 * streamJsonLines and loadJsonLines: labelled texts from a JSON Lines file, streamed.
 */
import { MalformedRows, type LabeledText, type ParseResult } from '../line-format.js';
import { JsonLinesFormat, type JsonLinesOptions } from '../parse-json-lines.js';
import { checkPath } from './check-path.js';
import { readFileRecords } from './read-file-lines.js';
import { collect, recordStream, type RecordStream } from './record-stream.js';

/**
 * Streams labelled texts from a JSON Lines file, one line at a time, with the
 * rules and options of `parseJsonLines` (from `@mnemo/datasets`). Errors name the path and line.
 *
 * @param path - the file; UTF-8 (a line that is not valid UTF-8 is a malformed row).
 * @returns an async iterable of `{ text, label }` with a `skipped` count.
 *
 * @example
 * ```ts
 * for await (const { text, label } of streamJsonLines('reviews.jsonl', { labelField: 'stars' })) { ... }
 * ```
 */
export function streamJsonLines<L = string | number>(path: string, options: JsonLinesOptions<L> = {}): RecordStream<LabeledText<L>> {
  const op = 'streamJsonLines(path, options)';
  checkPath(op, 'path', path);
  const makeFormat = (): JsonLinesFormat<L> => new JsonLinesFormat<L>(op, options);
  const makeRows = (): MalformedRows => new MalformedRows(op, options, path);
  makeFormat();
  makeRows();
  return recordStream(makeRows, (rows) => readFileRecords(path, makeFormat(), rows));
}

/**
 * Reads a whole JSON Lines file into memory (streamed from disk while reading);
 * the same rules and options as `parseJsonLines` (from `@mnemo/datasets`).
 *
 * @returns `{ records: { text, label }[], skipped }`.
 *
 * @example
 * ```ts
 * const { records } = await loadJsonLines('reviews.jsonl', { parseLabel: { neg: 0, pos: 1 } });
 * ```
 */
export async function loadJsonLines<L = string | number>(path: string, options: JsonLinesOptions<L> = {}): Promise<ParseResult<LabeledText<L>>> {
  return collect(streamJsonLines(path, options));
}
