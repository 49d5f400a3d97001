/**
 * Pictures a person would rather look at than read, as hand-written SVG (no
 * dependencies): the training curves and the inspect heat map.
 */
import { gateColor, hex, probabilityColor, signedColor } from './palette.js';

/** One epoch of training history, as the curves need it. */
export interface CurvePoint {
  epoch: number;
  trainLoss: number;
  trainAccuracy: number;
  validationLoss: number;
  validationAccuracy: number;
}

/** What the heat map needs: per word, P(positive) so far and the gate values of the shown units. */
export interface HeatmapInput {
  /** The sentence as the model saw it, one entry per step (unknown words marked). */
  tokens: readonly string[];
  /** P(positive) after each step. */
  probabilities: readonly number[];
  /** Labels of the shown columns of each gate block, e.g. `mean`, `u12`. */
  unitLabels: readonly string[];
  /** [step][unit] values for each block; gates in [0, 1], `cell` is tanh(c) in [-1, 1]. */
  forget: readonly (readonly number[])[];
  input: readonly (readonly number[])[];
  output: readonly (readonly number[])[];
  cell: readonly (readonly number[])[];
  /** A line under the title, e.g. which direction of a bidirectional model is shown. */
  note?: string;
}

/** Escapes text for SVG content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const FONT = 'font-family="ui-sans-serif, Helvetica, Arial, sans-serif"';

function polyline(points: readonly (readonly [number, number])[], color: string, dashed: boolean): string {
  const path = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  return `<polyline points="${path}" fill="none" stroke="${color}" stroke-width="2"${dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
}

function panel(
  title: string,
  left: number,
  epochs: readonly number[],
  series: readonly { label: string; values: readonly number[]; color: string; dashed: boolean }[],
  range: readonly [number, number],
  format: (value: number) => string,
  bestEpoch: number | undefined,
): string {
  const [top, width, height] = [50, 300, 200];
  const [low, high] = range[1] > range[0] ? range : [range[0] - 1, range[0] + 1];
  const firstEpoch = epochs[0] ?? 1;
  const lastEpoch = Math.max(firstEpoch + 1, epochs[epochs.length - 1] ?? 1);
  const x = (epoch: number): number => left + ((epoch - firstEpoch) / (lastEpoch - firstEpoch)) * width;
  const y = (value: number): number => top + height - ((value - low) / (high - low)) * height;
  const parts = [`<text x="${left}" y="${top - 14}" ${FONT} font-size="15" font-weight="600">${escapeXml(title)}</text>`];
  parts.push(`<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="#fafafa" stroke="#bbb"/>`);
  const tickStep = niceStep((high - low) / 4);
  for (let value = Math.ceil(low / tickStep - 1e-9) * tickStep; value <= high + 1e-9; value += tickStep) {
    parts.push(`<line x1="${left}" x2="${left + width}" y1="${y(value)}" y2="${y(value)}" stroke="#e4e4e4"/>`);
    parts.push(`<text x="${left - 6}" y="${y(value) + 4}" ${FONT} font-size="11" text-anchor="end" fill="#555">${format(value)}</text>`);
  }
  const step = Math.max(1, Math.ceil(epochs.length / 10));
  epochs.forEach((epoch, index) => {
    if (index % step === 0 || index === epochs.length - 1) {
      parts.push(`<text x="${x(epoch)}" y="${top + height + 16}" ${FONT} font-size="11" text-anchor="middle" fill="#555">${epoch}</text>`);
    }
  });
  parts.push(`<text x="${left + width / 2}" y="${top + height + 34}" ${FONT} font-size="12" text-anchor="middle" fill="#333">epoch</text>`);
  if (bestEpoch !== undefined) {
    parts.push(`<line x1="${x(bestEpoch)}" x2="${x(bestEpoch)}" y1="${top}" y2="${top + height}" stroke="#888" stroke-dasharray="2 3"/>`);
    parts.push(`<text x="${x(bestEpoch) + 4}" y="${top + 12}" ${FONT} font-size="10" fill="#666">best</text>`);
  }
  series.forEach((line, index) => {
    parts.push(polyline(epochs.map((epoch, at) => [x(epoch), y(line.values[at])] as const), line.color, line.dashed));
    const legendY = top + height + 54 + 0 * index;
    const legendX = left + index * 150;
    parts.push(`<line x1="${legendX}" x2="${legendX + 24}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${line.color}" stroke-width="2"${line.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    parts.push(`<text x="${legendX + 30}" y="${legendY}" ${FONT} font-size="12" fill="#333">${escapeXml(line.label)}</text>`);
  });
  return parts.join('\n');
}

/** A round step (1, 2, 2.5 or 5 times a power of ten) at least `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((step) => step >= rough * (1 - 1e-9)) ?? 10 * power;
}

function extent(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  return [Math.min(...finite), Math.max(...finite)];
}

/**
 * The training curves: loss (left) and accuracy (right) per epoch, training
 * solid and validation dashed, with the best epoch (lowest validation loss) marked.
 *
 * @example
 * ```ts
 * writeFileSync('training.svg', trainingCurvesSvg(history, 'sentiment LSTM'));
 * ```
 */
export function trainingCurvesSvg(history: readonly CurvePoint[], title = 'training'): string {
  const epochs = history.map((point) => point.epoch);
  let best: CurvePoint | undefined;
  for (const point of history) if (best === undefined || point.validationLoss < best.validationLoss) best = point;
  const losses = extent(history.flatMap((point) => [point.trainLoss, point.validationLoss]));
  const accuracies = extent(history.flatMap((point) => [point.trainAccuracy, point.validationAccuracy]));
  const lossStep = niceStep(Math.max(0.1, losses[1]) / 4);
  const lossRange: [number, number] = [0, Math.ceil(Math.max(0.1, losses[1]) / lossStep) * lossStep];
  const accuracyRange: [number, number] = [Math.max(0, Math.floor(accuracies[0] * 10) / 10), 1];
  const train = '#1f77b4';
  const validation = '#d62728';
  const body = [
    panel('loss (binary cross-entropy)', 60, epochs, [
      { label: 'training', values: history.map((point) => point.trainLoss), color: train, dashed: false },
      { label: 'validation', values: history.map((point) => point.validationLoss), color: validation, dashed: true },
    ], lossRange, (value) => String(Number(value.toFixed(2))), best?.epoch),
    panel('accuracy', 430, epochs, [
      { label: 'training', values: history.map((point) => point.trainAccuracy), color: train, dashed: false },
      { label: 'validation', values: history.map((point) => point.validationAccuracy), color: validation, dashed: true },
    ], accuracyRange, (value) => `${Math.round(100 * value)}%`, best?.epoch),
  ];
  return svgDocument(780, 330, escapeXml(title), body.join('\n'));
}

function svgDocument(width: number, height: number, title: string, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${title}</title>`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}

/**
 * The inspect heat map: one column per word; a row for P(positive) so far,
 * then one block of rows per gate (forget, input, output) and for tanh(cell),
 * each row a hidden unit (or the mean over all units), with legends.
 *
 * @example
 * ```ts
 * writeFileSync('inspect.svg', inspectHeatmapSvg(trace, 'I need to take a loan'));
 * ```
 */
export function inspectHeatmapSvg(input: HeatmapInput, title = 'inspect'): string {
  const cell = 26;
  const left = 150;
  const longestToken = Math.max(4, ...input.tokens.map((token) => token.length));
  const top = 60 + Math.min(160, longestToken * 6.2);
  const steps = input.tokens.length;
  const width = Math.max(640, left + steps * cell + 40, Math.ceil(24 + title.length * 9));
  const parts: string[] = [];
  if (input.note) parts.push(`<text x="12" y="44" ${FONT} font-size="12" fill="#555">${escapeXml(input.note)}</text>`);
  input.tokens.forEach((token, step) => {
    const x = left + step * cell + cell / 2;
    parts.push(`<text transform="translate(${x + 4},${top - 6}) rotate(-55)" ${FONT} font-size="12" fill="#222">${escapeXml(token)}</text>`);
  });
  let y = top;
  const row = (label: string, values: readonly number[], color: (value: number) => string, showNumbers: boolean): void => {
    parts.push(`<text x="${left - 8}" y="${y + cell / 2 + 4}" ${FONT} font-size="11" text-anchor="end" fill="#333">${escapeXml(label)}</text>`);
    values.forEach((value, step) => {
      const x = left + step * cell;
      parts.push(`<rect x="${x}" y="${y}" width="${cell - 1}" height="${cell - 1}" fill="${color(value)}"><title>${escapeXml(`${input.tokens[step]}: ${label} = ${value.toFixed(3)}`)}</title></rect>`);
      if (showNumbers) {
        parts.push(`<text x="${x + cell / 2}" y="${y + cell / 2 + 4}" ${FONT} font-size="9" text-anchor="middle" fill="#111">${Math.round(100 * value)}</text>`);
      }
    });
    y += cell;
  };
  row('P(positive) %', input.probabilities, (value) => hex(probabilityColor(value)), true);
  const blocks: [string, readonly (readonly number[])[], (value: number) => string][] = [
    ['forget f', input.forget, (value) => hex(gateColor(value))],
    ['input i', input.input, (value) => hex(gateColor(value))],
    ['output o', input.output, (value) => hex(gateColor(value))],
    ['cell tanh(c)', input.cell, (value) => hex(signedColor(value))],
  ];
  for (const [name, values, color] of blocks) {
    y += 10;
    parts.push(`<text x="12" y="${y + 2}" ${FONT} font-size="13" font-weight="600" fill="#222">${escapeXml(name)}</text>`);
    y += 8;
    input.unitLabels.forEach((unitLabel, unit) => row(unitLabel, values.map((stepValues) => stepValues[unit]), color, false));
  }
  y += 24;
  parts.push(legend(12, y, 'gate: closed 0', '1 open', (value) => hex(gateColor(value)), [0, 1]));
  parts.push(legend(270, y, 'cell: −1', '+1', (value) => hex(signedColor(value)), [-1, 1]));
  parts.push(legend(460, y, 'P(positive): 0', '1', (value) => hex(probabilityColor(value)), [0, 1]));
  return svgDocument(width, y + 40, escapeXml(title), [`<text x="12" y="24" ${FONT} font-size="16" font-weight="600">${escapeXml(title)}</text>`, ...parts].join('\n'));
}

function legend(x: number, y: number, lowLabel: string, highLabel: string, color: (value: number) => string, [low, high]: readonly [number, number]): string {
  const parts = [`<text x="${x}" y="${y + 11}" ${FONT} font-size="11" fill="#333">${escapeXml(lowLabel)}</text>`];
  const start = x + lowLabel.length * 6.5 + 8;
  for (let index = 0; index < 10; index++) {
    const value = low + ((high - low) * index) / 9;
    parts.push(`<rect x="${start + index * 10}" y="${y}" width="10" height="14" fill="${color(value)}"/>`);
  }
  parts.push(`<text x="${start + 106}" y="${y + 11}" ${FONT} font-size="11" fill="#333">${escapeXml(highLabel)}</text>`);
  return parts.join('\n');
}
