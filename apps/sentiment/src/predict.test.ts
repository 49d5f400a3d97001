import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from './bundle-format.js';
import { loadBundle } from './bundle.js';
import { formatPrediction, predictTexts, shorten } from './predict.js';
import { trainTiny } from './test-helpers.js';

describe('predictTexts on awkward input', () => {
  let bundle: Bundle;
  beforeAll(async () => {
    bundle = await loadBundle((await trainTiny()).files.directory);
  });

  it('answers empty input with the prior, without running the model', () => {
    for (const text of ['', '   \n\t']) {
      const [prediction] = predictTexts(bundle, [text]);
      expect(prediction.probability).toBe(bundle.info.positiveRate);
      expect(prediction.tokens).toEqual([]);
      expect(prediction.notes[0]).toMatch(/^empty input/);
    }
  });

  it('reads unknown words and emoji as <unk> and lists them', () => {
    const [prediction] = predictTexts(bundle, ['The zorblax was frumious 😍👍🏽']);
    expect(prediction.unknownTokens).toEqual(expect.arrayContaining(['zorblax', 'frumious', '😍', '👍🏽']));
    expect(prediction.notes.join(' ')).toContain('not in the vocabulary');
    expect(prediction.probability).toBeGreaterThan(0);
    expect(prediction.probability).toBeLessThan(1);
  });

  it('says so when no word at all is known', () => {
    const [prediction] = predictTexts(bundle, ['😍😍 🎉']);
    expect(prediction.notes[0]).toMatch(/no word is in the vocabulary/);
    expect(Number.isFinite(prediction.probability)).toBe(true);
  });

  it('cuts a 10,000-word text to maxLength tokens and says so', () => {
    const long = Array.from({ length: 10_000 }, (_, index) => (index % 2 ? 'good' : 'bad')).join(' ');
    const [prediction] = predictTexts(bundle, [long]);
    expect(prediction.totalTokens).toBe(10_000);
    expect(prediction.tokens).toHaveLength(bundle.info.model.maxLength);
    expect(prediction.notes.join(' ')).toContain(`read the first ${bundle.info.model.maxLength} of 10,000 tokens`);
  });

  it('predicts a batch in the order given, the same as one by one', () => {
    const texts = ['Great value.', 'Terrible, broke in a week.', 'ok'];
    const together = predictTexts(bundle, texts).map((prediction) => prediction.probability);
    const alone = texts.map((text) => predictTexts(bundle, [text])[0].probability);
    expect(together).toEqual(alone);
  });

  it('formats with and without colour', () => {
    const [prediction] = predictTexts(bundle, ['Great value.']);
    expect(formatPrediction(prediction, false)).toMatch(/^(positive|negative) +0\.\d\d {2}"Great value\."$/);
    expect(formatPrediction(prediction, true)).toContain('\x1b[48;5;');
    expect(formatPrediction(prediction, false)).not.toContain('\x1b');
  });
});

describe('shorten', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(shorten('a  b\nc', 10)).toBe('a b c');
    expect(shorten('abcdefghijk', 5)).toBe('abcd…');
  });
});
