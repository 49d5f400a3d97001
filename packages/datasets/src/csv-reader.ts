/**
 * Internal: splits CSV text into fields, one physical line at a time, per
 * RFC 4180: a field may be quoted with ", inside which the delimiter and line
 * breaks are plain text and "" stands for one quote. A quote anywhere else, or
 * text after a closing quote, is a malformed row. Quoting can be turned off,
 * for TSV files whose texts hold unbalanced quotes.
 */
import type { Step } from './line-format.js';

/** The fields of one record and the line it started on. */
export interface CsvFields {
  fields: string[];
  line: number;
}

const QUOTE = '"';

export class CsvReader {
  private fields: string[] = [];
  private field = '';
  /** Inside a quoted field (which may continue on the next line). */
  private quoted = false;
  /** The current field was quoted and its closing quote has been read. */
  private closed = false;
  private startLine = 0;

  /** With `quoting` false, quotes are plain characters and every line is one record. */
  constructor(
    private readonly delimiter: string,
    private readonly quoting: boolean,
  ) {}

  /** Reads one line; returns the record it completes, a problem, or nothing (a blank line, or a quoted field continuing). */
  line(text: string, lineNumber: number): Step<CsvFields> {
    if (!this.quoting) return text === '' ? undefined : { record: { fields: text.split(this.delimiter), line: lineNumber } };
    if (this.quoted) {
      this.field += '\n';
    } else {
      if (text === '') return undefined; // blank lines between records carry nothing
      this.startLine = lineNumber;
    }
    let position = 0;
    while (position < text.length) {
      if (this.quoted) {
        const quote = text.indexOf(QUOTE, position);
        if (quote === -1) {
          this.field += text.slice(position);
          return undefined; // the field goes on past this line break
        }
        this.field += text.slice(position, quote);
        if (text[quote + 1] === QUOTE) {
          this.field += QUOTE;
          position = quote + 2;
        } else {
          this.quoted = false;
          this.closed = true;
          position = quote + 1;
        }
        continue;
      }
      const character = text[position];
      if (character === this.delimiter) {
        this.endField();
        position++;
      } else if (this.closed) {
        return this.problem(`unexpected ${JSON.stringify(character)} after the closing quote of field ${this.fields.length + 1}`, lineNumber);
      } else if (character === QUOTE) {
        if (this.field !== '') {
          return this.problem(`a quote inside unquoted field ${this.fields.length + 1}; quote the whole field and double inner quotes ("")`, lineNumber);
        }
        this.quoted = true;
        position++;
      } else {
        // Copy up to the next delimiter or quote in one slice.
        let next = position + 1;
        while (next < text.length && text[next] !== this.delimiter && text[next] !== QUOTE) next++;
        this.field += text.slice(position, next);
        position = next;
      }
    }
    if (this.quoted) return undefined;
    this.endField();
    const record = { fields: this.fields, line: this.startLine };
    this.fields = [];
    return { record };
  }

  /** After the last line: a quoted field still open is a problem. */
  end(): Step<CsvFields> {
    if (!this.quoted) return undefined;
    return this.problem(`a quoted field opened on line ${this.startLine} is never closed`, this.startLine);
  }

  /** Forgets the record being read. */
  reset(): void {
    this.fields = [];
    this.field = '';
    this.quoted = false;
    this.closed = false;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.closed = false;
  }

  private problem(message: string, line: number): Step<CsvFields> {
    const where = line === this.startLine ? '' : ` (in the record that starts on line ${this.startLine})`;
    this.reset();
    return { problem: message + where, line };
  }
}
