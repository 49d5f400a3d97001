import { FormatError, IndexError, ValueError } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { loadSentimentSentences } from './corpus/sentiment-sentences.js';
import { Vocabulary } from './vocabulary.js';

describe('Vocabulary.build', () => {
  it('puts <pad> at 0, <unk> at 1, then tokens by descending frequency, ties alphabetical', () => {
    const vocabulary = Vocabulary.build(['b a c', 'a b', 'a d']);
    expect(vocabulary.tokens).toEqual(['<pad>', '<unk>', 'a', 'b', 'c', 'd']);
    expect([vocabulary.padIndex, vocabulary.unkIndex]).toEqual([0, 1]);
    expect(vocabulary.size).toBe(6);
  });

  it('gives the same ids whatever order the texts come in', () => {
    const texts = ['the cat sat', 'the dog ran', 'a cat ran'];
    expect(Vocabulary.build(texts).tokens).toEqual(Vocabulary.build([...texts].reverse()).tokens);
  });

  it('honours minFrequency and maxSize (which counts the two special tokens)', () => {
    const texts = ['x x x y y z', 'w'];
    expect(Vocabulary.build(texts, { minFrequency: 2 }).tokens).toEqual(['<pad>', '<unk>', 'x', 'y']);
    expect(Vocabulary.build(texts, { maxSize: 3 }).tokens).toEqual(['<pad>', '<unk>', 'x']);
    expect(Vocabulary.build(texts, { maxSize: 2 }).tokens).toEqual(['<pad>', '<unk>']);
  });

  it('accepts token lists as they are and never counts the special tokens twice', () => {
    const vocabulary = Vocabulary.build([['Hello', '<pad>'], ['<unk>', 'Hello']]);
    expect(vocabulary.tokens).toEqual(['<pad>', '<unk>', 'Hello']);
  });

  it('uses a custom tokenizer for building and encoding', () => {
    const characters = (text: string) => [...text];
    const vocabulary = Vocabulary.build(['abba'], { tokenizer: characters });
    expect(vocabulary.tokens).toEqual(['<pad>', '<unk>', 'a', 'b']);
    expect(vocabulary.encode('abc')).toEqual([2, 3, 1]);
  });

  it('builds from empty texts and from no texts', () => {
    expect(Vocabulary.build(['', '   ']).tokens).toEqual(['<pad>', '<unk>']);
    expect(Vocabulary.build([]).size).toBe(2);
  });

  it('builds over the whole corpus with Unicode-normalised tokens', () => {
    const vocabulary = Vocabulary.build(loadSentimentSentences().map((sentence) => sentence.text), { minFrequency: 2 });
    expect(vocabulary.tokenOf(2)).toBe('.');
    expect(vocabulary.has("n't")).toBe(true);
    expect(vocabulary.size).toBeGreaterThan(1500);
    expect(vocabulary.size).toBeLessThan(3000);
  });

  it('rejects bad options by name', () => {
    expect(() => Vocabulary.build(['a'], { minFrequency: 0 })).toThrow(/minFrequency must be a positive integer, got 0/);
    expect(() => Vocabulary.build(['a'], { maxSize: 1 })).toThrow(/maxSize must be an integer >= 2, got 1/);
    expect(() => Vocabulary.build(['a'], { minFreq: 2 } as never)).toThrow(/unknown option "minFreq"/);
    expect(() => Vocabulary.build('abc' as never)).toThrow(ValueError);
    expect(() => Vocabulary.build([42 as never])).toThrow(/texts\[0\] must be a string or an array of tokens/);
  });
});

describe('Vocabulary encode and decode', () => {
  const vocabulary = Vocabulary.build(['the film was good', 'the film was bad'], { minFrequency: 2 });

  it('maps unseen words to <unk>, never throwing', () => {
    expect(vocabulary.tokens).toEqual(['<pad>', '<unk>', 'film', 'the', 'was']);
    expect(vocabulary.encode('The plot was GOOD 😀 日本')).toEqual([3, 1, 4, 1, 1, 1, 1]);
    expect(vocabulary.indexOf('plot')).toBe(1);
    expect(vocabulary.has('plot')).toBe(false);
  });

  it('encodes empty text to [] and a 10,000-word text to 10,000 ids', () => {
    expect(vocabulary.encode('')).toEqual([]);
    expect(vocabulary.encode([])).toEqual([]);
    const ids = vocabulary.encode(Array.from({ length: 10_000 }, () => 'film').join(' '));
    expect(ids).toHaveLength(10_000);
    expect(new Set(ids)).toEqual(new Set([2]));
  });

  it('decodes ids (plain or Float32Array), optionally without padding', () => {
    expect(vocabulary.decode([3, 2, 4, 1])).toEqual(['the', 'film', 'was', '<unk>']);
    expect(vocabulary.decode(new Float32Array([3, 2, 0, 0]), { skipPadding: true })).toEqual(['the', 'film']);
    expect(vocabulary.decode([0])).toEqual(['<pad>']);
  });

  it('throws IndexError for ids outside the vocabulary', () => {
    expect(() => vocabulary.decode([5])).toThrow(IndexError);
    expect(() => vocabulary.decode([2, -1])).toThrow(/ids\[1\] is -1, not an id in \[0, 5\)/);
    expect(() => vocabulary.decode([1.5])).toThrow(IndexError);
    expect(() => vocabulary.tokenOf(99)).toThrow(IndexError);
  });
});

describe('Vocabulary JSON', () => {
  const vocabulary = Vocabulary.build(['café crème', 'naïve café', '東京 👍🏽']);

  it('round-trips through JSON text, ids unchanged', () => {
    const copy = Vocabulary.fromJSON(JSON.stringify(vocabulary));
    expect(copy.tokens).toEqual(vocabulary.tokens);
    expect(copy.encode('café 👍🏽 unseen')).toEqual(vocabulary.encode('café 👍🏽 unseen'));
    expect(Vocabulary.fromJSON(vocabulary.toJSON()).tokens).toEqual(vocabulary.tokens);
  });

  it('names what is wrong with a malformed vocabulary file', () => {
    expect(() => Vocabulary.fromJSON('{not json', { file: 'vocab.json' })).toThrow(FormatError);
    expect(() => Vocabulary.fromJSON('{not json', { file: 'vocab.json' })).toThrow(/^vocab\.json: Vocabulary\.fromJSON\(json\): not valid JSON/);
    expect(() => Vocabulary.fromJSON({ tokens: ['<pad>', '<unk>'] })).toThrow(/format must be "mnemo-vocabulary"/);
    expect(() => Vocabulary.fromJSON({ format: 'mnemo-vocabulary', version: 2, tokens: [] })).toThrow(/unsupported version 2/);
    expect(() => Vocabulary.fromJSON({ format: 'mnemo-vocabulary', version: 1, tokens: ['<unk>', '<pad>'] })).toThrow(/must start with "<pad>", "<unk>"/);
    expect(() => Vocabulary.fromJSON({ format: 'mnemo-vocabulary', version: 1, tokens: ['<pad>', '<unk>', 'a', 'a'] })).toThrow(/tokens\[3\] "a" appears twice/);
    expect(() => Vocabulary.fromJSON({ format: 'mnemo-vocabulary', version: 1, tokens: ['<pad>', '<unk>', 7] })).toThrow(/tokens\[2\] is 7, not a string/);
    expect(() => Vocabulary.fromJSON([1, 2])).toThrow(FormatError);
  });
});
