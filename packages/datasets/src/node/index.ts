/**
 * @packageDocumentation
 * `@mnemo/datasets/node`: file loaders for Node. Each streams its file line by
 * line (or file by file), so big data sets never load whole, and names the
 * file and line of a malformed row. The browser-safe pieces (parsers of text
 * already in memory, the corpus, tokenizer, batching) are in `@mnemo/datasets`.
 */
export { streamCsv, loadCsv } from './load-csv.js';
export { streamJsonLines, loadJsonLines } from './load-json-lines.js';
export {
  streamClassFolders,
  loadClassFolders,
  type ClassFoldersOptions,
  type ClassFolderText,
  type ClassFolderStream,
} from './load-class-folders.js';
export type { RecordStream } from './record-stream.js';
export type { CsvOptions } from '../parse-csv.js';
export type { JsonLinesOptions } from '../parse-json-lines.js';
export type { LabeledText, ParseResult, MalformedPolicy, SkippedRow } from '../line-format.js';
