/**
 * Writing the safetensors format: tensors to bytes.
 */
import { ValueError, isTensor, type Tensor } from '@mnemo/tensor';
import { hostIsLittleEndian } from './dtypes.js';

/** The header key reserved for string metadata. */
export const METADATA_KEY = '__metadata__';

/**
 * Encodes named float32 tensors (and optional string metadata) in the
 * safetensors format, loadable by Python's `safetensors` and by
 * {@link decodeSafetensors}. Browser-safe: bytes in, bytes out.
 *
 * Layout: an 8-byte little-endian unsigned length N; N bytes of UTF-8 JSON
 * `{"__metadata__": {...}, name: {"dtype": "F32", "shape": [...],
 * "data_offsets": [begin, end]}, ...}` padded with spaces to a multiple of 8;
 * then each tensor's raw little-endian float32 data, back to back in the
 * order of `tensors`, offsets counted from the first byte after the header.
 *
 * Shapes: any, including scalars `[]` and empty tensors.
 *
 * @example
 * ```ts
 * const bytes = encodeSafetensors(model.stateDict(), { epoch: '3' });
 * const { tensors, metadata } = decodeSafetensors(bytes);
 * ```
 */
export function encodeSafetensors(tensors: Record<string, Tensor>, metadata?: Record<string, string>): Uint8Array {
  const op = 'encodeSafetensors(tensors, metadata)';
  if (typeof tensors !== 'object' || tensors === null || Array.isArray(tensors) || isTensor(tensors)) {
    throw new ValueError(`${op}: tensors must be an object mapping names to Tensors`);
  }
  const header: Record<string, unknown> = {};
  if (metadata !== undefined) header[METADATA_KEY] = checkMetadata(op, metadata);
  const entries = Object.entries(tensors);
  let offset = 0;
  for (const [name, value] of entries) {
    if (name === METADATA_KEY) throw new ValueError(`${op}: "${METADATA_KEY}" is reserved for metadata and cannot name a tensor`);
    if (!isTensor(value)) throw new ValueError(`${op}: tensors["${name}"] must be a Tensor, got ${value === null ? 'null' : typeof value}`);
    const byteLength = 4 * value.size;
    header[name] = { dtype: 'F32', shape: [...value.shape], data_offsets: [offset, offset + byteLength] };
    offset += byteLength;
  }

  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerLength = Math.ceil(json.length / 8) * 8;
  const bytes = new Uint8Array(8 + headerLength + offset);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, headerLength, true); // low word of the u64 length
  view.setUint32(4, Math.floor(headerLength / 2 ** 32), true);
  bytes.set(json, 8);
  bytes.fill(0x20, 8 + json.length, 8 + headerLength); // pad with spaces

  let position = 8 + headerLength;
  for (const [, value] of entries) {
    const data = (value as Tensor).data;
    if (hostIsLittleEndian) {
      bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), position);
    } else {
      for (let i = 0; i < data.length; i++) view.setFloat32(position + 4 * i, data[i], true);
    }
    position += data.byteLength;
  }
  return bytes;
}

function checkMetadata(op: string, metadata: Record<string, string>): Record<string, string> {
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new ValueError(`${op}: metadata must be an object of string values`);
  }
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value !== 'string') {
      throw new ValueError(`${op}: metadata["${key}"] must be a string (safetensors metadata is text only), got ${typeof value}; use JSON.stringify for structured values`);
    }
  }
  return { ...metadata };
}
