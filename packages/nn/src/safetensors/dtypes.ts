/**
 * The safetensors element types mnemo reads, and their conversion to
 * float32 (internal). Every read goes through a DataView in little-endian
 * order, or a byte copy on little-endian hosts, so it is correct on any host
 * and for any byte alignment.
 */

/** True on little-endian hosts (nearly all): float32 bytes can be copied as they are. */
export const hostIsLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Reads `count` elements starting at `bytes[offset]` into a new Float32Array. */
type Reader = (bytes: Uint8Array, offset: number, count: number) => Float32Array;

/** Bytes per element and the reader, by safetensors dtype name. */
export const readableDtypes: Readonly<Record<string, { size: number; read: Reader }>> = {
  F32: { size: 4, read: readFloat32 },
  F64: { size: 8, read: readFloat64 },
  F16: { size: 2, read: readFloat16 },
  BF16: { size: 2, read: readBfloat16 },
};

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readFloat32(bytes: Uint8Array, offset: number, count: number): Float32Array {
  const out = new Float32Array(count);
  if (hostIsLittleEndian) {
    new Uint8Array(out.buffer).set(bytes.subarray(offset, offset + 4 * count));
  } else {
    const data = view(bytes);
    for (let i = 0; i < count; i++) out[i] = data.getFloat32(offset + 4 * i, true);
  }
  return out;
}

function readFloat64(bytes: Uint8Array, offset: number, count: number): Float32Array {
  const out = new Float32Array(count);
  const data = view(bytes);
  for (let i = 0; i < count; i++) out[i] = data.getFloat64(offset + 8 * i, true);
  return out;
}

/** bfloat16 is the top 16 bits of a float32: shift them back into place. */
function readBfloat16(bytes: Uint8Array, offset: number, count: number): Float32Array {
  const out = new Float32Array(count);
  const bits = new Uint32Array(out.buffer);
  const data = view(bytes);
  for (let i = 0; i < count; i++) bits[i] = data.getUint16(offset + 2 * i, true) << 16;
  return out;
}

/** IEEE 754 half precision: 1 sign bit, 5 exponent bits (bias 15), 10 mantissa bits. */
function readFloat16(bytes: Uint8Array, offset: number, count: number): Float32Array {
  const out = new Float32Array(count);
  const data = view(bytes);
  for (let i = 0; i < count; i++) out[i] = halfToNumber(data.getUint16(offset + 2 * i, true));
  return out;
}

/** The value of a float16 bit pattern. */
export function halfToNumber(half: number): number {
  const sign = half & 0x8000 ? -1 : 1;
  const exponent = (half >> 10) & 0x1f;
  const mantissa = half & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24; // zero and subnormals
  if (exponent === 0x1f) return mantissa === 0 ? sign * Infinity : NaN;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}
