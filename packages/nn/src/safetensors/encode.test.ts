import { Tensor, ValueError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { encodeSafetensors } from './encode.js';

/** A safetensors file built by hand from the spec: u64 LE length, space-padded JSON, raw LE data. */
function handBuilt(headerJson: string, floats: number[]): Uint8Array {
  const padded = headerJson + ' '.repeat((8 - (headerJson.length % 8)) % 8);
  const bytes = new Uint8Array(8 + padded.length + 4 * floats.length);
  const view = new DataView(bytes.buffer);
  view.setBigUint64(0, BigInt(padded.length), true);
  for (let i = 0; i < padded.length; i++) bytes[8 + i] = padded.charCodeAt(i);
  floats.forEach((value, i) => view.setFloat32(8 + padded.length + 4 * i, value, true));
  return bytes;
}

describe('encodeSafetensors', () => {
  it('writes exactly the byte layout of the spec', () => {
    const bytes = encodeSafetensors({ weight: tensor([[1, 2, 3], [4, 5, 6]]), bias: tensor([-0.5, 0.25]) }, { format: 'pt' });
    const header =
      '{"__metadata__":{"format":"pt"},' +
      '"weight":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]},' +
      '"bias":{"dtype":"F32","shape":[2],"data_offsets":[24,32]}}';
    expect(Array.from(bytes)).toEqual(Array.from(handBuilt(header, [1, 2, 3, 4, 5, 6, -0.5, 0.25])));
  });

  it('pads the header with spaces to a multiple of 8, so the data is 8-byte aligned', () => {
    for (const name of ['a', 'ab', 'abc', 'abcd', 'abcde', 'abcdef', 'abcdefg', 'abcdefgh']) {
      const bytes = encodeSafetensors({ [name]: tensor([1]) });
      const length = Number(new DataView(bytes.buffer).getBigUint64(0, true));
      expect(length % 8).toBe(0);
      expect(bytes[8 + length - 1] === 0x7d || bytes[8 + length - 1] === 0x20).toBe(true); // '}' or ' '
      expect(bytes.length).toBe(8 + length + 4);
    }
  });

  it('writes scalars, empty tensors, no tensors at all, and UTF-8 names', () => {
    const bytes = encodeSafetensors({ 'gewicht.ä': tensor(3), empty: new Tensor(new Float32Array(0), [0, 4]) });
    const length = Number(new DataView(bytes.buffer).getBigUint64(0, true));
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length)));
    expect(header).toEqual({
      'gewicht.ä': { dtype: 'F32', shape: [], data_offsets: [0, 4] },
      empty: { dtype: 'F32', shape: [0, 4], data_offsets: [4, 4] },
    });
    expect(Array.from(encodeSafetensors({}))).toEqual(Array.from(handBuilt('{}', [])));
  });

  it('rejects non-Tensor values, the reserved name and non-string metadata', () => {
    expect(() => encodeSafetensors({ w: [1, 2] as never })).toThrow(ValueError);
    expect(() => encodeSafetensors({ w: [1, 2] as never })).toThrow('tensors["w"] must be a Tensor');
    expect(() => encodeSafetensors({ __metadata__: tensor([1]) })).toThrow(/reserved/);
    expect(() => encodeSafetensors({}, { epoch: 3 as never })).toThrow(/metadata\["epoch"\] must be a string/);
  });
});
