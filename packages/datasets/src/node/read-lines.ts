/**
 * Internal: the lines of a file, read as a stream so a big file never sits in
 * memory whole. Lines are split on the bytes \n and \r\n (safe in UTF-8, where
 * those bytes never occur inside a character) and each line is decoded
 * strictly, so a line that is not valid UTF-8 is reported with its number
 * instead of being silently turned into U+FFFD.
 */
import { createReadStream } from 'node:fs';

/** One line of a file: its text, or `undecodable` when its bytes are not UTF-8. */
export type FileLine = { line: number; text: string } | { line: number; undecodable: true };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeLine(bytes: Uint8Array, line: number): FileLine {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
  let text: string;
  try {
    text = decoder.decode(bytes.subarray(0, end));
  } catch {
    return { line, undecodable: true };
  }
  // A byte-order mark may open the file; it is not part of the first line.
  return { line, text: line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Yields the lines of the file at `path`, numbered from 1. */
export async function* readLines(path: string): AsyncGenerator<FileLine, void, undefined> {
  let pending: Buffer[] = [];
  let line = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE, start); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, newline);
      yield decodeLine(pending.length === 0 ? piece : Buffer.concat([...pending, piece]), ++line);
      pending = [];
      start = newline + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield decodeLine(Buffer.concat(pending), ++line);
}
