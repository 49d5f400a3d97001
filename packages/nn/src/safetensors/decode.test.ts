import { FormatError, Tensor, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { decodeSafetensors } from './decode.js';
import { encodeSafetensors } from './encode.js';

/** A file from a header object and raw data bytes, with the length field right (unless overridden). */
function craft(header: unknown, data: Uint8Array = new Uint8Array(0), headerText = JSON.stringify(header)): Uint8Array {
  const json = new TextEncoder().encode(headerText);
  const bytes = new Uint8Array(8 + json.length + data.length);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(json.length), true);
  bytes.set(json, 8);
  bytes.set(data, 8 + json.length);
  return bytes;
}

function formatErrorOf(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('expected a FormatError, but nothing was thrown');
}

const sample = { weight: tensor([[1, 2, 3], [4, 5, 6]]), bias: tensor([-0.5, 0.25]), scalar: tensor(7) };

describe('decodeSafetensors', () => {
  it('round-trips tensors and metadata', () => {
    const { tensors, metadata } = decodeSafetensors(encodeSafetensors(sample, { epoch: '3', note: 'ü' }));
    expect(Object.keys(tensors)).toEqual(['weight', 'bias', 'scalar']);
    expect(tensors.weight.shape).toEqual([2, 3]);
    expect(tensors.weight.toArray()).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(tensors.bias.toArray()).toEqual([-0.5, 0.25]);
    expect(tensors.scalar.shape).toEqual([]);
    expect(metadata).toEqual({ epoch: '3', note: 'ü' });
    expect(decodeSafetensors(encodeSafetensors(sample)).metadata).toEqual({});
  });

  it('reads from an unaligned view and from an ArrayBuffer, and copies the data', () => {
    const bytes = encodeSafetensors(sample);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const view = shifted.subarray(3);
    const { tensors } = decodeSafetensors(view);
    expect(Array.from(tensors.bias.data)).toEqual([-0.5, 0.25]);
    view.fill(0);
    expect(Array.from(tensors.bias.data)).toEqual([-0.5, 0.25]);
    expect(decodeSafetensors(bytes.slice().buffer).tensors.scalar.item()).toBe(7);
  });

  it('keeps special values and empty tensors, and accepts data laid out in any order', () => {
    const values = tensor([NaN, Infinity, -0, 3.4e38]);
    const decoded = decodeSafetensors(encodeSafetensors({ v: values, e: new Tensor(new Float32Array(0), [2, 0]) })).tensors;
    expect(Object.is(decoded.v.data[2], -0)).toBe(true);
    expect(Array.from(decoded.v.data)).toEqual(Array.from(values.data));
    expect(decoded.e.shape).toEqual([2, 0]);
    const data = new Uint8Array(new Float32Array([1, 2, 3]).buffer);
    const reordered = craft({ b: { dtype: 'F32', shape: [1], data_offsets: [8, 12] }, a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }, data);
    expect(decodeSafetensors(reordered).tensors.a.toArray()).toEqual([1, 2]);
  });

  it('converts F64, F16 and BF16 to float32', () => {
    const f64 = new Uint8Array(new Float64Array([1.5, -2.25]).buffer);
    // float16: 1.0 = 0x3c00, -2.0 = 0xc000, 65504 = 0x7bff, 2^-24 = 0x0001 (subnormal), -inf = 0xfc00
    const f16 = new Uint8Array(new Uint16Array([0x3c00, 0xc000, 0x7bff, 0x0001, 0xfc00]).buffer);
    // bfloat16: the top half of a float32: 1.0 = 0x3f80, -3.0 = 0xc040
    const bf16 = new Uint8Array(new Uint16Array([0x3f80, 0xc040]).buffer);
    const data = new Uint8Array([...f64, ...f16, ...bf16]);
    const { tensors } = decodeSafetensors(craft({
      d: { dtype: 'F64', shape: [2], data_offsets: [0, 16] },
      h: { dtype: 'F16', shape: [5], data_offsets: [16, 26] },
      b: { dtype: 'BF16', shape: [2], data_offsets: [26, 30] },
    }, data));
    expect(Array.from(tensors.d.data)).toEqual([1.5, -2.25]);
    expect(Array.from(tensors.h.data)).toEqual([1, -2, 65504, 2 ** -24, -Infinity]);
    expect(Array.from(tensors.b.data)).toEqual([1, -3]);
  });

  it('names the file in every error', () => {
    const error = formatErrorOf(() => decodeSafetensors(new Uint8Array(3), { file: 'model.safetensors' }));
    expect(error.file).toBe('model.safetensors');
    expect(error.message).toBe('model.safetensors: file is 3 bytes, too short for the 8-byte header length (truncated?)');
    expect(formatErrorOf(() => decodeSafetensors(new Uint8Array(3))).message).toMatch(/^<bytes>: /);
  });

  it('rejects a file truncated at any point', () => {
    const bytes = encodeSafetensors(sample, { epoch: '3' });
    const headerEnd = 8 + Number(new DataView(bytes.buffer).getBigUint64(0, true));
    const cuts = [0, 5, 8, 9, headerEnd - 1, headerEnd, headerEnd + 1, bytes.length - 4, bytes.length - 1];
    const messages = cuts.map((cut) => formatErrorOf(() => decodeSafetensors(bytes.subarray(0, cut), { file: 'cut.safetensors' })).message);
    expect(messages[0]).toMatch(/too short/);
    expect(messages[2]).toMatch(/header length \d+ runs past the end of the file \(8 bytes; truncated\?\)/);
    expect(messages[5]).toMatch(/run past the end of the data \(0 bytes/);
    expect(messages[8]).toMatch(/tensor "scalar": data_offsets \[32, 36\] run past the end of the data \(35 bytes/);
    for (const message of messages) expect(message.startsWith('cut.safetensors: ')).toBe(true);
  });

  it('rejects extra bytes after the last tensor', () => {
    const bytes = encodeSafetensors(sample);
    const padded = new Uint8Array(bytes.length + 4);
    padded.set(bytes);
    expect(() => decodeSafetensors(padded)).toThrow(/4 trailing bytes belong to no tensor/);
  });

  it('rejects a corrupted header length, bad UTF-8, bad JSON and a non-object header', () => {
    const bytes = encodeSafetensors(sample);
    const huge = bytes.slice();
    huge[7] = 0x01; // the top byte of the length
    expect(() => decodeSafetensors(huge)).toThrow(/exceeds the 100 MB limit/);
    const long = bytes.slice();
    long[0] += 8;
    expect(() => decodeSafetensors(long)).toThrow(FormatError);
    const brace = bytes.slice();
    brace[8] = 0x5b; // '{' -> '['
    expect(() => decodeSafetensors(brace)).toThrow(/header is not valid JSON/);
    const utf8 = bytes.slice();
    utf8[10] = 0xff;
    expect(() => decodeSafetensors(utf8)).toThrow(/not valid UTF-8/);
    expect(() => decodeSafetensors(craft([1, 2]))).toThrow(/header must be a JSON object, got an array/);
  });

  it('rejects bad entries: unknown dtype, bad shape, bad offsets, shape and size that disagree', () => {
    const data = new Uint8Array(8);
    const one = (entry: unknown) => () => decodeSafetensors(craft({ w: entry }, data), { file: 'w.st' });
    expect(one({ dtype: 'I64', shape: [1], data_offsets: [0, 8] })).toThrow('w.st: tensor "w": dtype "I64" is not supported (mnemo reads F32, F64, F16, BF16)');
    expect(one({ dtype: 'F32', shape: [2, -1], data_offsets: [0, 8] })).toThrow(/shape must be an array of non-negative integers/);
    expect(one({ dtype: 'F32', shape: [2], data_offsets: [8, 0] })).toThrow(/data_offsets must be \[begin, end\]/);
    expect(one({ dtype: 'F32', shape: [2], data_offsets: [0] })).toThrow(/data_offsets must be/);
    expect(one({ dtype: 'F32', shape: [3], data_offsets: [0, 8] })).toThrow('tensor "w": shape [3] of F32 needs 12 bytes, but data_offsets [0, 8] span 8');
    expect(one(5)).toThrow(/header entry must be an object/);
    expect(() => decodeSafetensors(craft({ __metadata__: { epoch: 3 } }))).toThrow('__metadata__["epoch"] must be a string, got 3');
  });

  it('rejects overlapping ranges and holes', () => {
    const data = new Uint8Array(12);
    const overlap = craft({ a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] }, b: { dtype: 'F32', shape: [2], data_offsets: [4, 12] } }, data);
    expect(() => decodeSafetensors(overlap)).toThrow('tensors "a" and "b" overlap: bytes 4..8 of the data belong to both');
    const hole = craft({ a: { dtype: 'F32', shape: [1], data_offsets: [0, 4] }, b: { dtype: 'F32', shape: [1], data_offsets: [8, 12] } }, data);
    expect(() => decodeSafetensors(hole)).toThrow('bytes 4..8 of the data belong to no tensor (a hole before "b")');
    const late = craft({ a: { dtype: 'F32', shape: [3], data_offsets: [4, 16] } }, new Uint8Array(16));
    expect(() => decodeSafetensors(late)).toThrow(/bytes 0..4 of the data belong to no tensor/);
  });

  it('never fails with anything but a FormatError, whichever byte is corrupted', () => {
    const bytes = encodeSafetensors(sample, { epoch: '3' });
    for (let position = 0; position < bytes.length; position++) {
      for (const value of [0x00, 0x20, 0x7d, 0xff, bytes[position] ^ 0x01]) {
        const corrupted = bytes.slice();
        corrupted[position] = value;
        try {
          decodeSafetensors(corrupted);
        } catch (error) {
          expect(error).toBeInstanceOf(FormatError);
        }
      }
    }
  });
});
