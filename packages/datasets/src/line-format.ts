/**
 * The machinery shared by the CSV and JSON Lines readers, in memory and on
 * disk: formats read one physical line at a time (so a file never has to be
 * loaded whole), and a malformed row either throws a FormatError naming file
 * and line or is skipped and counted.
 */
import { FormatError, ValueError } from '@mnemo/tensor';
import { checkChoice, checkFunction, describe } from './options.js';

/** A text with its label: what every loader returns. */
export interface LabeledText<L> {
  text: string;
  label: L;
}

/** What to do with a malformed row: throw a FormatError (`'error'`, the default) or leave it out and count it (`'skip'`). */
export type MalformedPolicy = 'error' | 'skip';

/** A row left out under `onMalformed: 'skip'`, as passed to `onSkip`. */
export interface SkippedRow {
  /** The file label or path. */
  file: string;
  /** The 1-based line where the problem was found (absent when a whole file is the row, as in class folders). */
  line?: number;
  /** What was wrong, e.g. `expected 2 fields, found 3`. */
  message: string;
}

/** The records read, and how many malformed rows were skipped (always 0 under `onMalformed: 'error'`). */
export interface ParseResult<R> {
  records: R[];
  skipped: number;
}

/** Options shared by every reader: how to name the input and what to do with bad rows. */
export interface MalformedOptions {
  /** Name of the input in error messages (a path, for the file loaders). */
  file?: string;
  /** `'error'` (default) throws a FormatError at the first malformed row; `'skip'` counts it and goes on. */
  onMalformed?: MalformedPolicy;
  /** Called with each skipped row, to log them. */
  onSkip?: (row: SkippedRow) => void;
}

/** Internal: one step of a format; a problem marked `fatal` throws whatever the policy (a missing column, say). */
export type Step<R> = { record: R } | { problem: string; line?: number; file?: string; fatal?: boolean } | undefined;

/** Internal: a format that reads one physical line (without its line break) at a time. */
export interface LineFormat<R> {
  line(text: string, lineNumber: number): Step<R>;
  /** After the last line: reports a record left open (an unterminated quote). */
  end(): Step<R>;
  /** A line that could not be decoded: forgets any half-read record and returns the problem to report. */
  unreadable(message: string, lineNumber: number): Step<R>;
}

/** Internal: applies the malformed-row policy and counts skipped rows. */
export class MalformedRows {
  skipped = 0;
  readonly file: string;
  private readonly policy: MalformedPolicy;
  private readonly onSkip: ((row: SkippedRow) => void) | undefined;

  constructor(op: string, options: MalformedOptions, defaultFile: string) {
    this.file = options.file ?? defaultFile;
    if (typeof this.file !== 'string') throw new ValueError(`${op}: file must be a string, got ${describe(this.file)}`);
    this.policy = checkChoice(op, 'onMalformed', options.onMalformed ?? 'error', ['error', 'skip'] as const);
    this.onSkip = options.onSkip === undefined ? undefined : checkFunction(op, 'onSkip', options.onSkip);
  }

  /** The record of a step, or undefined after throwing or counting its problem. */
  take<R>(step: Step<R>): R | undefined {
    if (step === undefined) return undefined;
    if ('record' in step) return step.record;
    const file = step.file ?? this.file;
    const where = step.line === undefined ? { file } : { file, line: step.line };
    if (this.policy === 'error' || step.fatal === true) throw new FormatError(step.problem, where);
    this.skipped++;
    this.onSkip?.({ ...where, message: step.problem });
    return undefined;
  }
}

/** Internal: the lines of a string, split at \n or \r\n, without a leading byte-order mark. */
export function* linesOf(text: string): Generator<string, void, undefined> {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    yield text.slice(start, end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end);
    start = end + 1;
  }
}

/** Internal: runs a format over a whole string. */
export function readAll<R>(format: LineFormat<R>, text: string, rows: MalformedRows): R[] {
  const records: R[] = [];
  let lineNumber = 0;
  for (const line of linesOf(text)) {
    const record = rows.take(format.line(line, ++lineNumber));
    if (record !== undefined) records.push(record);
  }
  const last = rows.take(format.end());
  if (last !== undefined) records.push(last);
  return records;
}
