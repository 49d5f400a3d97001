import { sum, variable } from '@mnemo/autograd';
import { assertGradCheck } from '@mnemo/autograd/testing';
import { IndexError, ValueError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { Embedding, embeddingLookup } from './embedding.js';

describe('Embedding', () => {
  it('looks up rows: ids S -> [...S, dim]', () => {
    const embed = new Embedding(4, 3, { seed: 0 });
    const table = embed.weight.value.toArray() as number[][];
    const out = embed.forward([[2, 0], [3, 2]]);
    expect(out.shape).toEqual([2, 2, 3]);
    expect(out.value.toArray()).toEqual([[table[2], table[0]], [table[3], table[2]]]);
    expect(embed.forward(tensor([1])).value.toArray()).toEqual([table[1]]);
    expect(embed.forward(tensor(3)).shape).toEqual([3]);
    expect(embed.forward(variable([0, 1])).shape).toEqual([2, 3]);
  });

  it('initializes N(0, 1) from its seed, with the padding row zero', () => {
    const embed = new Embedding(200, 50, { seed: 1, paddingIndex: 0 });
    expect(Array.from(embed.weight.value.data.subarray(0, 50)).every((x) => x === 0)).toBe(true);
    const rest = embed.weight.value.data.subarray(50);
    const mean = rest.reduce((a, b) => a + b, 0) / rest.length;
    const std = Math.sqrt(rest.reduce((a, b) => a + (b - mean) ** 2, 0) / rest.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(std - 1)).toBeLessThan(0.03);
    expect(Array.from(new Embedding(5, 2, { seed: 1 }).weight.value.data)).toEqual(Array.from(new Embedding(5, 2, { seed: 1 }).weight.value.data));
    expect(new Embedding(5, 2, { seed: 1, paddingIndex: -1 }).paddingIndex).toBe(4);
  });

  it('takes the initial standard deviation as an option', () => {
    const embed = new Embedding(200, 50, { seed: 1, std: 0.1 });
    const data = embed.weight.value.data;
    const std = Math.sqrt(data.reduce((a, b) => a + b * b, 0) / data.length);
    expect(Math.abs(std - 0.1)).toBeLessThan(0.003);
    expect(() => new Embedding(4, 2, { seed: 0, std: -1 })).toThrow(/std must be a finite number >= 0, got -1/);
  });

  it('scatter-adds the gradient: repeated ids accumulate, the padding row gets zero', () => {
    const embed = new Embedding(4, 2, { seed: 0, paddingIndex: 1 });
    const out = embed.forward([[2, 1, 2], [0, 2, 1]]);
    out.backward(tensor([[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 10], [11, 12]]]));
    expect(embed.weight.grad!.toArray()).toEqual([[7, 8], [0, 0], [1 + 5 + 9, 2 + 6 + 10], [0, 0]]);
    expect(embed.namedParameters().map(([name]) => name)).toEqual(['weight']);
  });

  it('passes gradCheck on the lookup', () => {
    const weight = tensor([[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]]);
    expect(assertGradCheck((w) => sum(embeddingLookup(w, tensor([[2, 0], [2, 2]]))), [weight]).passed).toBe(true);
    expect(assertGradCheck((w) => embeddingLookup(w, tensor([1, 2, 1])), [weight]).passed).toBe(true);
  });

  it('names a bad id and its position', () => {
    const embed = new Embedding(10, 2, { seed: 0 });
    expect(() => embed.forward([[1, 2], [3, 12]])).toThrow(IndexError);
    expect(() => embed.forward([[1, 2], [3, 12]])).toThrow('Embedding.forward(ids): id 12 at position [1,1] is out of range for 10 embeddings');
    expect(() => embed.forward([0, -1])).toThrow('id -1 at position [1] is out of range');
    expect(() => embed.forward([0.5])).toThrow('id 0.5 at position [0] is not an integer');
    expect(() => embed.forward([NaN])).toThrow(IndexError);
  });

  it('validates its sizes and padding index', () => {
    expect(() => new Embedding(0, 2, { seed: 0 })).toThrow(ValueError);
    expect(() => new Embedding(3, 2.5, { seed: 0 })).toThrow(/embeddingDim must be a positive integer, got 2.5/);
    expect(() => new Embedding(3, 2, { seed: 0, paddingIndex: 3 })).toThrow(/paddingIndex must be an integer in \[-3, 3\), got 3/);
  });
});
