/**
 * Internal: an async iterable of records that counts the malformed rows it skipped.
 */
import type { MalformedRows } from '../line-format.js';

/**
 * Records read from disk as you iterate (`for await`), never all at once.
 * Each iteration reads from the start again; `skipped` counts the rows left
 * out (under `onMalformed: 'skip'`) by the latest iteration so far.
 */
export interface RecordStream<R> extends AsyncIterable<R> {
  /** Rows skipped as malformed by the latest iteration so far. */
  readonly skipped: number;
}

/** Wraps a pass-maker: each iteration gets a fresh policy counter and a fresh pass. */
export function recordStream<R>(makeRows: () => MalformedRows, pass: (rows: MalformedRows) => AsyncGenerator<R, void, undefined>): RecordStream<R> {
  let latest: MalformedRows | undefined;
  return {
    get skipped(): number {
      return latest?.skipped ?? 0;
    },
    [Symbol.asyncIterator](): AsyncIterator<R> {
      latest = makeRows();
      return pass(latest);
    },
  };
}

/** Collects a stream into the `{ records, skipped }` that the in-memory parsers return. */
export async function collect<R>(stream: RecordStream<R>): Promise<{ records: R[]; skipped: number }> {
  const records: R[] = [];
  for await (const record of stream) records.push(record);
  return { records, skipped: stream.skipped };
}
