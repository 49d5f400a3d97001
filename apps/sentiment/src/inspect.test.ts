import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from './bundle-format.js';
import { loadBundle } from './bundle.js';
import { formatInspection, inspectText } from './inspect.js';
import { predictTexts } from './predict.js';
import { trainTiny } from './test-helpers.js';
import { tokenize } from '@mnemo/datasets';

const SENTENCE = 'Today, due to my current job situation and family conditions, I need to take a loan';

describe('inspectText', () => {
  let unidirectional: Bundle;
  let bidirectional: Bundle;
  beforeAll(async () => {
    unidirectional = await loadBundle((await trainTiny()).files.directory);
    bidirectional = await loadBundle((await trainTiny({ model: { bidirectional: true, pooling: 'max' } })).files.directory);
  });

  it.each([['unidirectional', () => unidirectional], ['bidirectional', () => bidirectional]])('%s: P(positive) so far equals predicting each prefix', (_, bundle) => {
    const inspection = inspectText(bundle(), SENTENCE, { units: 3 });
    const tokens = tokenize(SENTENCE);
    expect(inspection.tokens.map((token) => token.replace(/\*$/, ''))).toEqual(tokens);
    const prefixes = tokens.map((__, index) => tokens.slice(0, index + 1).join(' '));
    const expected = predictTexts(bundle(), prefixes).map((prediction) => prediction.probability);
    inspection.probabilities.forEach((probability, index) => expect(probability).toBeCloseTo(expected[index], 6));
    expect(inspection.probability).toBe(inspection.probabilities[tokens.length - 1]);
  });

  it('gives gate values in [0, 1], tanh(c) in [-1, 1], the mean first then the chosen units', () => {
    const inspection = inspectText(unidirectional, SENTENCE, { units: 3 });
    expect(inspection.unitLabels).toHaveLength(4);
    expect(inspection.unitLabels[0]).toBe('mean');
    for (const gate of [inspection.forget, inspection.input, inspection.output]) {
      expect(gate).toHaveLength(inspection.tokens.length);
      for (const row of gate) for (const value of row) expect(value >= 0 && value <= 1).toBe(true);
    }
    for (const row of inspection.cell) for (const value of row) expect(Math.abs(value) <= 1).toBe(true);
    const forgetMeans = inspection.forget.map((row) => row[0]);
    expect(new Set(forgetMeans).size).toBeGreaterThan(1);
  });

  it('says which direction a bidirectional model shows', () => {
    expect(inspectText(bidirectional, SENTENCE).note).toMatch(/forward direction/);
    expect(inspectText(unidirectional, SENTENCE).note).toBeUndefined();
  });

  it('prints one line per word, coloured or plain, with a legend', () => {
    const inspection = inspectText(unidirectional, SENTENCE, { units: 4 });
    const plain = formatInspection(inspection, { color: false });
    const colored = formatInspection(inspection, { color: true });
    expect(plain).not.toContain('\x1b');
    expect(colored).toContain('\x1b[48;5;');
    const lines = plain.split('\n');
    expect(lines[0]).toMatch(/^word +P\(pos\) +forget f +input i +output o +cell tanh\(c\)$/);
    expect(lines[1]).toMatch(/^today +0\.\d\d /);
    expect(plain).toContain('Forget open = keep the old memory');
  });

  it('handles empty input and marks unknown words', () => {
    expect(formatInspection(inspectText(unidirectional, ''), { color: false })).toMatch(/^nothing to inspect/);
    const inspection = inspectText(unidirectional, 'zorblax 😍');
    expect(inspection.tokens).toEqual(['zorblax*', '😍*']);
    expect(formatInspection(inspection, { color: false })).toContain('* not in the vocabulary');
  });
});
