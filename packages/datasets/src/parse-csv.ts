/**
 * parseCsv: labelled texts from CSV or TSV text.
 */
import { ValueError } from '@mnemo/tensor';
import { CsvReader, type CsvFields } from './csv-reader.js';
import { MalformedRows, readAll, type LabeledText, type LineFormat, type MalformedOptions, type ParseResult, type Step } from './line-format.js';
import { checkBoolean, checkInteger, checkOptions, describe } from './options.js';

/** Turns a raw label into the label you want: a function (throw to mark the row malformed) or a lookup table (a value not in it marks the row malformed). */
export type LabelParser<Raw, L> = ((raw: Raw) => L) | Readonly<Record<string, L>>;

/** Options of {@link parseCsv} and the Node `loadCsv`/`streamCsv`. */
export interface CsvOptions<L = string> extends MalformedOptions {
  /** Field separator: `','` (default) or `'\t'` for TSV, or any single character other than a quote or line break. */
  delimiter?: string;
  /** Fields may be quoted with " (default true). False reads quotes as plain text and each line as one record: for TSV whose texts hold stray quotes. */
  quoting?: boolean;
  /** The first record names the columns (default true). */
  header?: boolean;
  /** The text column: a header name, or a 0-based index. Default `'text'` with a header, 0 without. */
  textColumn?: string | number;
  /** The label column: a header name, or a 0-based index. Default `'label'` with a header, 1 without. */
  labelColumn?: string | number;
  /** Maps the label field (a string) to the label; default: the string as is. */
  parseLabel?: LabelParser<string, L>;
}

/** The option names {@link CsvFormat} reads, for option checks. */
export const csvOptionNames = ['delimiter', 'quoting', 'header', 'textColumn', 'labelColumn', 'parseLabel', 'file', 'onMalformed', 'onSkip'] as const;

/** Internal: applies `parseLabel`, returning the label or a problem message. */
export function applyLabelParser<Raw, L>(parser: LabelParser<Raw, L> | undefined, raw: Raw): { label: L } | { problem: string } {
  if (parser === undefined) return { label: raw as unknown as L };
  if (typeof parser === 'function') {
    try {
      return { label: parser(raw) };
    } catch (error) {
      return { problem: `label ${describe(raw)} rejected: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const key = String(raw);
  if ((typeof raw === 'string' || typeof raw === 'number') && Object.prototype.hasOwnProperty.call(parser, key)) return { label: parser[key] };
  return { problem: `label ${describe(raw)} is not one of ${Object.keys(parser).map((name) => JSON.stringify(name)).join(', ')}` };
}

/** Internal: the CSV line format, shared by {@link parseCsv} and the Node file loaders. */
export class CsvFormat<L> implements LineFormat<LabeledText<L>> {
  private readonly reader: CsvReader;
  private readonly header: boolean;
  private readonly textColumn: string | number;
  private readonly labelColumn: string | number;
  private readonly parseLabel: LabelParser<string, L> | undefined;
  private columns: { text: number; label: number; count: number } | undefined;

  constructor(op: string, options: CsvOptions<L>) {
    checkOptions(op, options, csvOptionNames);
    const delimiter = options.delimiter ?? ',';
    if (typeof delimiter !== 'string' || [...delimiter].length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new ValueError(`${op}: delimiter must be one character other than a quote or line break, got ${describe(delimiter)}`);
    }
    this.reader = new CsvReader(delimiter, checkBoolean(op, 'quoting', options.quoting ?? true));
    this.header = checkBoolean(op, 'header', options.header ?? true);
    this.textColumn = checkColumn(op, 'textColumn', options.textColumn ?? (this.header ? 'text' : 0), this.header);
    this.labelColumn = checkColumn(op, 'labelColumn', options.labelColumn ?? (this.header ? 'label' : 1), this.header);
    const parseLabel = options.parseLabel;
    if (parseLabel !== undefined && (parseLabel === null || (typeof parseLabel !== 'function' && typeof parseLabel !== 'object'))) {
      throw new ValueError(`${op}: parseLabel must be a function or a lookup object, got ${describe(parseLabel)}`);
    }
    this.parseLabel = parseLabel;
  }

  line(text: string, lineNumber: number): Step<LabeledText<L>> {
    return this.fieldsToRecord(this.reader.line(text, lineNumber));
  }

  end(): Step<LabeledText<L>> {
    return this.fieldsToRecord(this.reader.end());
  }

  unreadable(message: string, lineNumber: number): Step<LabeledText<L>> {
    this.reader.reset();
    return this.fieldsToRecord({ problem: message, line: lineNumber });
  }

  private fieldsToRecord(step: Step<CsvFields>): Step<LabeledText<L>> {
    if (step === undefined) return undefined;
    // A header that cannot be read cannot be skipped: every later row depends on it.
    if (!('record' in step)) return this.columns === undefined && this.header ? { ...step, fatal: true } : step;
    return this.row(step.record.fields, step.record.line);
  }

  private row(fields: string[], line: number): Step<LabeledText<L>> {
    if (this.columns === undefined) {
      // The first record fixes the columns: the header names them, or (without a header) it sets the field count.
      const find = (name: string, column: string | number): number | string => {
        if (typeof column === 'number') {
          return column < fields.length ? column : `${name} ${column} is out of range: the first row has ${fields.length} fields`;
        }
        const index = fields.indexOf(column);
        return index !== -1 ? index : `${name} ${JSON.stringify(column)} is not in the header ${describe(fields)}`;
      };
      const text = find('textColumn', this.textColumn);
      const label = find('labelColumn', this.labelColumn);
      if (typeof text === 'string') return { problem: text, line, fatal: true };
      if (typeof label === 'string') return { problem: label, line, fatal: true };
      this.columns = { text, label, count: fields.length };
      if (this.header) return undefined;
    }
    if (fields.length !== this.columns.count) {
      return { problem: `expected ${this.columns.count} fields, found ${fields.length}`, line };
    }
    const label = applyLabelParser(this.parseLabel, fields[this.columns.label]);
    if ('problem' in label) return { problem: label.problem, line };
    return { record: { text: fields[this.columns.text], label: label.label } };
  }
}

function checkColumn(op: string, name: string, column: unknown, header: boolean): string | number {
  if (typeof column === 'string') {
    if (!header) throw new ValueError(`${op}: ${name} ${JSON.stringify(column)} is a column name, but header is false; use a 0-based index`);
    return column;
  }
  return checkInteger(op, name, column, 0);
}

/**
 * Reads labelled texts from CSV (or, with `delimiter: '\t'`, TSV) text, per
 * RFC 4180: quoted fields may hold delimiters, line breaks and doubled quotes
 * (`""`); line breaks are `\n` or `\r\n`; blank lines and a byte-order mark
 * are ignored. Every row must have as many fields as the first (the header).
 * `quoting: false` reads quotes as plain text, one record per line (many TSV
 * exports, such as the UCI sentiment files, hold unbalanced quotes).
 *
 * A malformed row (wrong field count, a stray quote, a quote never closed, a
 * label `parseLabel` rejects) throws a FormatError naming `file` and line, or
 * with `onMalformed: 'skip'` is left out and counted. A header without the
 * requested column always throws.
 *
 * @param text - the whole CSV text (for big files use `streamCsv` from `@mnemo/datasets/node`).
 * @param options.file - the name used in errors (default `'<csv>'`).
 * @returns `{ records: { text, label }[], skipped }`.
 *
 * @example
 * ```ts
 * const csv = 'review,stars\n"Loved it, really",pos\n"Said ""meh""",neg\n';
 * parseCsv(csv, { textColumn: 'review', labelColumn: 'stars', parseLabel: { neg: 0, pos: 1 } });
 * // { records: [{ text: 'Loved it, really', label: 1 }, { text: 'Said "meh"', label: 0 }], skipped: 0 }
 * ```
 */
export function parseCsv<L = string>(text: string, options: CsvOptions<L> = {}): ParseResult<LabeledText<L>> {
  const op = 'parseCsv(text, options)';
  if (typeof text !== 'string') throw new ValueError(`${op}: text must be a string, got ${describe(text)}`);
  const format = new CsvFormat<L>(op, options);
  const rows = new MalformedRows(op, options, '<csv>');
  const records = readAll(format, text, rows);
  return { records, skipped: rows.skipped };
}
