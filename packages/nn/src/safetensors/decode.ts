/**
 * Reading the safetensors format: bytes to tensors, validating everything.
 */
import { FormatError, Tensor, formatShape } from '@mnemo/tensor';
import { readableDtypes } from './dtypes.js';
import { METADATA_KEY } from './encode.js';

/** What {@link decodeSafetensors} returns. */
export interface DecodedSafetensors {
  /** The tensors by name, in header order, converted to float32. */
  tensors: Record<string, Tensor>;
  /** The `__metadata__` strings ({} when the file has none). */
  metadata: Record<string, string>;
}

/** Options for {@link decodeSafetensors}. */
export interface DecodeSafetensorsOptions {
  /** The file name to put in error messages. Default `"<bytes>"`. */
  file?: string;
}

/** The reference implementation's limit on the header size, against maliciously large headers. */
const MAX_HEADER_LENGTH = 100_000_000;

interface Entry {
  name: string;
  dtype: string;
  shape: number[];
  begin: number;
  end: number;
}

/**
 * Decodes a safetensors file's bytes into float32 tensors and metadata.
 * Browser-safe. Reads F32, and converts F64, F16 and BF16 to float32.
 *
 * Everything is validated before any tensor is built, and any problem is a
 * FormatError naming the file and what is wrong: a file too short for its
 * header length, a header that is not UTF-8 JSON, an unknown dtype, a shape
 * whose size does not match its byte range, byte ranges that overlap, leave
 * holes, or do not cover the data exactly (a truncated or padded file).
 *
 * @example
 * ```ts
 * const { tensors, metadata } = decodeSafetensors(bytes, { file: 'model.safetensors' });
 * tensors['weight'].shape // [2, 3]
 * ```
 */
export function decodeSafetensors(bytes: Uint8Array | ArrayBuffer, options: DecodeSafetensorsOptions = {}): DecodedSafetensors {
  const file = options.file ?? '<bytes>';
  const fail = (message: string): never => {
    throw new FormatError(message, { file });
  };
  if (bytes instanceof ArrayBuffer) bytes = new Uint8Array(bytes);
  if (!(bytes instanceof Uint8Array)) fail(`expected the file's bytes as a Uint8Array or ArrayBuffer, got ${typeof bytes}`);

  if (bytes.length < 8) fail(`file is ${bytes.length} bytes, too short for the 8-byte header length (truncated?)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0, true) + view.getUint32(4, true) * 2 ** 32;
  if (headerLength > MAX_HEADER_LENGTH) fail(`header length ${headerLength} exceeds the 100 MB limit (a corrupted length?)`);
  if (8 + headerLength > bytes.length) {
    fail(`header length ${headerLength} runs past the end of the file (${bytes.length} bytes; truncated?)`);
  }
  const header = parseHeader(bytes.subarray(8, 8 + headerLength), fail);
  const dataStart = 8 + headerLength;
  const dataLength = bytes.length - dataStart;

  const metadata = readMetadata(header[METADATA_KEY], fail);
  const entries = Object.keys(header)
    .filter((name) => name !== METADATA_KEY)
    .map((name) => readEntry(name, header[name], fail));
  checkCoverage(entries, dataLength, fail);

  const tensors: Record<string, Tensor> = {};
  for (const { name, dtype, shape, begin, end } of entries) {
    const { size, read } = readableDtypes[dtype];
    tensors[name] = new Tensor(read(bytes, dataStart + begin, (end - begin) / size), shape);
  }
  return { tensors, metadata };
}

function parseHeader(headerBytes: Uint8Array, fail: (message: string) => never): Record<string, unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(headerBytes);
  } catch {
    return fail('header is not valid UTF-8 (a corrupted header?)');
  }
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch (error) {
    return fail(`header is not valid JSON (${(error as Error).message}); it starts ${JSON.stringify(text.slice(0, 40))}`);
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    return fail(`header must be a JSON object, got ${Array.isArray(header) ? 'an array' : header === null ? 'null' : typeof header}`);
  }
  return header as Record<string, unknown>;
}

function readMetadata(value: unknown, fail: (message: string) => never): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${METADATA_KEY} must be an object of strings`);
  for (const [key, item] of Object.entries(value as object)) {
    if (typeof item !== 'string') fail(`${METADATA_KEY}["${key}"] must be a string, got ${JSON.stringify(item)}`);
  }
  return { ...(value as Record<string, string>) };
}

function readEntry(name: string, value: unknown, fail: (message: string) => never): Entry {
  const where = `tensor "${name}"`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(`${where}: header entry must be an object with dtype, shape and data_offsets, got ${JSON.stringify(value)}`);
  }
  const { dtype, shape, data_offsets: offsets } = value as Record<string, unknown>;
  if (typeof dtype !== 'string' || !Object.prototype.hasOwnProperty.call(readableDtypes, dtype)) {
    fail(`${where}: dtype ${JSON.stringify(dtype)} is not supported (mnemo reads ${Object.keys(readableDtypes).join(', ')})`);
  }
  if (!Array.isArray(shape) || !shape.every((size) => Number.isSafeInteger(size) && size >= 0)) {
    fail(`${where}: shape must be an array of non-negative integers, got ${JSON.stringify(shape)}`);
  }
  if (
    !Array.isArray(offsets) || offsets.length !== 2 ||
    !offsets.every((offset) => Number.isSafeInteger(offset) && offset >= 0) || offsets[0] > offsets[1]
  ) {
    fail(`${where}: data_offsets must be [begin, end] with integers 0 <= begin <= end, got ${JSON.stringify(offsets)}`);
  }
  const [begin, end] = offsets as [number, number];
  const elementSize = readableDtypes[dtype as string].size;
  const needed = (shape as number[]).reduce((product, size) => product * size, 1) * elementSize;
  if (needed !== end - begin) {
    fail(`${where}: shape ${formatShape(shape as number[])} of ${dtype as string} needs ${needed} bytes, but data_offsets [${begin}, ${end}] span ${end - begin}`);
  }
  return { name, dtype: dtype as string, shape: shape as number[], begin, end };
}

/** The byte ranges must tile the data exactly: no overlap, no hole, nothing before the first or after the last. */
function checkCoverage(entries: readonly Entry[], dataLength: number, fail: (message: string) => never): void {
  const sorted = [...entries].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let covered = 0;
  let previous: Entry | null = null;
  for (const entry of sorted) {
    if (entry.end > dataLength) {
      fail(`tensor "${entry.name}": data_offsets [${entry.begin}, ${entry.end}] run past the end of the data (${dataLength} bytes after the header; truncated?)`);
    }
    if (entry.begin < covered) {
      fail(`tensors "${previous?.name}" and "${entry.name}" overlap: bytes ${entry.begin}..${covered} of the data belong to both`);
    }
    if (entry.begin > covered) fail(`bytes ${covered}..${entry.begin} of the data belong to no tensor (a hole before "${entry.name}")`);
    covered = entry.end;
    previous = entry;
  }
  if (covered < dataLength) {
    fail(`the data is ${dataLength} bytes but the tensors cover only ${covered}: ${dataLength - covered} trailing bytes belong to no tensor`);
  }
}
