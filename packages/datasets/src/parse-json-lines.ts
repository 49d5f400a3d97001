/**
 * parseJsonLines: labelled texts from JSON Lines (one JSON object per line).
 */
import { ValueError } from '@mnemo/tensor';
import { MalformedRows, readAll, type LabeledText, type LineFormat, type MalformedOptions, type ParseResult, type Step } from './line-format.js';
import { applyLabelParser, type LabelParser } from './parse-csv.js';
import { checkOptions, describe } from './options.js';

/** Options of {@link parseJsonLines} and the Node `loadJsonLines`/`streamJsonLines`. */
export interface JsonLinesOptions<L = string | number> extends MalformedOptions {
  /** The property holding the text, a string (default `'text'`). */
  textField?: string;
  /** The property holding the label (default `'label'`). */
  labelField?: string;
  /** Maps the label value to the label; default: strings and numbers as they are, anything else malformed. */
  parseLabel?: LabelParser<unknown, L>;
}

/** The option names {@link JsonLinesFormat} reads, for option checks. */
export const jsonLinesOptionNames = ['textField', 'labelField', 'parseLabel', 'file', 'onMalformed', 'onSkip'] as const;

const defaultLabel = (raw: unknown): string | number => {
  if (typeof raw === 'string' || (typeof raw === 'number' && Number.isFinite(raw))) return raw;
  throw new Error('expected a string or a finite number');
};

/** Internal: the JSON Lines line format, shared by {@link parseJsonLines} and the Node file loaders. */
export class JsonLinesFormat<L> implements LineFormat<LabeledText<L>> {
  private readonly textField: string;
  private readonly labelField: string;
  private readonly parseLabel: LabelParser<unknown, L>;

  constructor(op: string, options: JsonLinesOptions<L>) {
    checkOptions(op, options, jsonLinesOptionNames);
    this.textField = options.textField ?? 'text';
    this.labelField = options.labelField ?? 'label';
    for (const [name, value] of [['textField', this.textField], ['labelField', this.labelField]]) {
      if (typeof value !== 'string') throw new ValueError(`${op}: ${name} must be a string, got ${describe(value)}`);
    }
    const parseLabel = options.parseLabel;
    if (parseLabel !== undefined && (parseLabel === null || (typeof parseLabel !== 'function' && typeof parseLabel !== 'object'))) {
      throw new ValueError(`${op}: parseLabel must be a function or a lookup object, got ${describe(parseLabel)}`);
    }
    this.parseLabel = parseLabel ?? (defaultLabel as (raw: unknown) => L);
  }

  line(text: string, lineNumber: number): Step<LabeledText<L>> {
    if (text.trim() === '') return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { problem: `not valid JSON: ${(error as Error).message}`, line: lineNumber };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { problem: `expected a JSON object, got ${Array.isArray(value) ? 'an array' : describe(value)}`, line: lineNumber };
    }
    const object = value as Record<string, unknown>;
    const recordText = object[this.textField];
    if (typeof recordText !== 'string') {
      return { problem: `field ${JSON.stringify(this.textField)} must be a string, got ${recordText === undefined ? 'nothing' : describe(recordText)}`, line: lineNumber };
    }
    if (!Object.prototype.hasOwnProperty.call(object, this.labelField)) {
      return { problem: `field ${JSON.stringify(this.labelField)} is missing`, line: lineNumber };
    }
    const label = applyLabelParser(this.parseLabel, object[this.labelField]);
    if ('problem' in label) return { problem: label.problem, line: lineNumber };
    return { record: { text: recordText, label: label.label } };
  }

  end(): Step<LabeledText<L>> {
    return undefined;
  }

  unreadable(message: string, lineNumber: number): Step<LabeledText<L>> {
    return { problem: message, line: lineNumber };
  }
}

/**
 * Reads labelled texts from JSON Lines: one JSON object per line, with a string
 * text field and a label field. Blank lines and a byte-order mark are ignored.
 *
 * A malformed line (not JSON, not an object, text missing or not a string,
 * label missing or rejected) throws a FormatError naming `file` and line, or
 * with `onMalformed: 'skip'` is left out and counted. Empty texts are valid.
 *
 * @param text - the whole JSONL text (for big files use `streamJsonLines` from `@mnemo/datasets/node`).
 * @param options.file - the name used in errors (default `'<jsonl>'`).
 * @returns `{ records: { text, label }[], skipped }`.
 *
 * @example
 * ```ts
 * parseJsonLines('{"text":"great","label":1}\n{oops\n', { onMalformed: 'skip' });
 * // { records: [{ text: 'great', label: 1 }], skipped: 1 }
 * ```
 */
export function parseJsonLines<L = string | number>(text: string, options: JsonLinesOptions<L> = {}): ParseResult<LabeledText<L>> {
  const op = 'parseJsonLines(text, options)';
  if (typeof text !== 'string') throw new ValueError(`${op}: text must be a string, got ${describe(text)}`);
  const format = new JsonLinesFormat<L>(op, options);
  const rows = new MalformedRows(op, options, '<jsonl>');
  const records = readAll(format, text, rows);
  return { records, skipped: rows.skipped };
}
