import { ValueError } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('lowercases and splits words from punctuation', () => {
    expect(tokenize('Good case, Excellent value.')).toEqual(['good', 'case', ',', 'excellent', 'value', '.']);
    expect(tokenize('45 minutes.MAJOR PROBLEMS!!')).toEqual(['45', 'minutes', '.', 'major', 'problems', '!!']);
  });

  it('splits contractions Penn-Treebank style, so negations share "n\'t"', () => {
    expect(tokenize("Don't")).toEqual(['do', "n't"]);
    expect(tokenize("isn't wasn't can't won't")).toEqual(['is', "n't", 'was', "n't", 'ca', "n't", 'wo', "n't"]);
    expect(tokenize("it's we're I've she'll he'd I'm")).toEqual(['it', "'s", 'we', "'re", 'i', "'ve", 'she', "'ll", 'he', "'d", 'i', "'m"]);
    expect(tokenize('Don’t')).toEqual(['do', "n't"]); // typographic apostrophe
  });

  it("keeps inner apostrophes that are not clitics, and treats quotes as punctuation", () => {
    expect(tokenize("o'clock rock'n'roll")).toEqual(["o'clock", "rock'n'roll"]);
    expect(tokenize("'quoted' students'")).toEqual(["'", 'quoted', "'", 'students', "'"]);
  });

  it('keeps numbers with separators whole', () => {
    expect(tokenize('$3.50 for 1,000 items, 2.5x')).toEqual(['$', '3.50', 'for', '1,000', 'items', ',', '2.5', 'x']);
  });

  it('handles accented words in any Unicode normal form', () => {
    expect(tokenize('Crème BRÛLÉE, Québec')).toEqual(['crème', 'brûlée', ',', 'québec']);
    expect(tokenize('Cafe\u0301')).toEqual(tokenize('Caf\u00e9'));
    expect(tokenize('ΣΊΣΥΦΟΣ')).toEqual(['σίσυφος']);
    expect(tokenize('हिन्दी भाषा')).toEqual(['हिन्दी', 'भाषा']); // combining vowel signs stay in the word
  });

  it('splits CJK ideographs and kana into single characters, keeps Hangul words', () => {
    expect(tokenize('我爱北京')).toEqual(['我', '爱', '北', '京']);
    expect(tokenize('日本語のテキスト')).toEqual(['日', '本', '語', 'の', 'テ', 'キ', 'ス', 'ト']);
    expect(tokenize('한국어 문장')).toEqual(['한국어', '문장']);
    expect(tokenize('abc漢字')).toEqual(['abc', '漢', '字']);
  });

  it('keeps emoji as tokens, with skin tones, ZWJ sequences and flags whole', () => {
    expect(tokenize('great 👍🏽!')).toEqual(['great', '👍🏽', '!']);
    expect(tokenize('👨‍👩‍👧 🇫🇷 ❤️')).toEqual(['👨‍👩‍👧', '🇫🇷', '❤️']);
    expect(tokenize('so good😀😀')).toEqual(['so', 'good', '😀', '😀']);
  });

  it('gives [] for empty and whitespace-only text, and drops invisible characters', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \t\n\u00a0 ')).toEqual([]);
    expect(tokenize('a\u200bb')).toEqual(['a', 'b']);
  });

  it('tokenizes a 10,000-word text', () => {
    const words = Array.from({ length: 10_000 }, (_, index) => (index % 3 === 0 ? "Wasn't" : `word${index % 7}`));
    const tokens = tokenize(words.join(' '));
    expect(tokens).toHaveLength(10_000 + Math.ceil(10_000 / 3));
    expect(tokens.slice(0, 4)).toEqual(['was', "n't", 'word1', 'word2']);
  });

  it('rejects a non-string', () => {
    expect(() => tokenize(42 as never)).toThrow(ValueError);
    expect(() => tokenize(undefined as never)).toThrow(/text must be a string, got undefined/);
  });
});
