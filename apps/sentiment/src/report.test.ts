import { describe, expect, it } from 'vitest';
import { escapeXml, inspectHeatmapSvg, niceStep, trainingCurvesSvg } from './report.js';

const history = [1, 2, 3].map((epoch) => ({ epoch, trainLoss: 0.7 / epoch, trainAccuracy: 0.6 + 0.1 * epoch, validationLoss: [0.6, 0.5, 0.55][epoch - 1], validationAccuracy: 0.7 }));

describe('trainingCurvesSvg', () => {
  it('draws four curves (loss and accuracy, training and validation) and marks the best epoch', () => {
    const svg = trainingCurvesSvg(history, 'run <1>');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<polyline /g)).toHaveLength(4);
    expect(svg).toContain('<title>run &#60;1&#62;</title>');
    expect(svg.match(/>best</g)).toHaveLength(2);
  });
});

describe('inspectHeatmapSvg', () => {
  it('draws one cell per word per row, with tooltips, escaping words', () => {
    const steps = 3;
    const row = (value: number): number[] => [value, value / 2];
    const svg = inspectHeatmapSvg({
      tokens: ['I', '<love>', 'it'],
      probabilities: [0.5, 0.8, 0.9],
      unitLabels: ['mean', 'unit 3 (+)'],
      forget: Array.from({ length: steps }, () => row(0.9)),
      input: Array.from({ length: steps }, () => row(0.2)),
      output: Array.from({ length: steps }, () => row(0.5)),
      cell: Array.from({ length: steps }, () => row(-0.4)),
      note: 'a note',
    });
    // 1 probability row + 4 blocks x 2 rows, 3 words each; + 30 legend swatches.
    expect(svg.match(/<rect x="\d+(\.\d+)?" y="\d+(\.\d+)?" width="25"/g)).toHaveLength(27);
    expect(svg).toContain('&#60;love&#62;');
    expect(svg).toContain('<title>it: P(positive) % = 0.900</title>');
    expect(svg).toContain('a note');
  });
});

describe('escapeXml', () => {
  it('escapes the five special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});

describe('niceStep', () => {
  it('rounds a step up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(0.13)).toBeCloseTo(0.2, 12);
    expect(niceStep(0.125)).toBeCloseTo(0.2, 12);
    expect(niceStep(0.24)).toBeCloseTo(0.25, 12);
    expect(niceStep(3)).toBe(5);
    expect(niceStep(0.1)).toBeCloseTo(0.1, 12);
  });
});
