/**
 * Internal: runs a line format (CSV or JSON Lines) over a file as it streams in.
 */
import type { LineFormat, MalformedRows } from '../line-format.js';
import { readLines } from './read-lines.js';

export async function* readFileRecords<R>(path: string, format: LineFormat<R>, rows: MalformedRows): AsyncGenerator<R, void, undefined> {
  for await (const line of readLines(path)) {
    if ('undecodable' in line) {
      rows.take(format.unreadable('the line is not valid UTF-8', line.line));
      continue;
    }
    const record = rows.take(format.line(line.text, line.line));
    if (record !== undefined) yield record;
  }
  const last = rows.take(format.end());
  if (last !== undefined) yield last;
}
