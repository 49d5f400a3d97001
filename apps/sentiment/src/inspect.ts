/**
 * Looking inside a prediction, word by word: P(positive) so far, and what the
 * LSTM's forget, input and output gates did and what its cell state held.
 */
import { noGrad } from '@mnemo/autograd';
import { Vocabulary } from '@mnemo/datasets';
import { Tensor } from '@mnemo/tensor';
import type { Bundle } from './bundle-format.js';
import { encodeText } from './data.js';
import { predictLogits, sigmoid } from './evaluate.js';
import { ansiBackground, gateColor, levelGlyph, probabilityColor, signedColor } from './palette.js';
import type { HeatmapInput } from './report.js';

/** What {@link inspectText} found: the heat map's data plus the final answer. */
export interface Inspection extends HeatmapInput {
  text: string;
  /** P(positive) of the whole text (the last entry of `probabilities`). */
  probability: number;
  /** The shown hidden units (indices into the forward direction's H units). */
  units: number[];
  /** Each shown unit's weight in the linear head: > 0 pushes towards positive. */
  unitWeights: number[];
  /** The hidden size H, over which the `mean` column averages. */
  hiddenSize: number;
  /** Tokens read as `<unk>`. */
  unknownTokens: string[];
  /** Tokens in the whole text, before any cut to maxLength. */
  totalTokens: number;
}

/** Options of {@link inspectText}. */
export interface InspectOptions {
  /** How many individual hidden units to show beside the mean (default 6). */
  units?: number;
}

/**
 * Runs the model over `text` with a gate trace, and over every prefix of it.
 *
 * - P(positive) after word t is the model's answer for the text cut after
 *   word t: every prefix is run as one batch, so it is exact for every pooling
 *   and for bidirectional models too.
 * - The gates and cell state are those of the whole text's run, forward
 *   direction (left to right). Shown: the mean over all H units, and the
 *   `units` units that matter most for this sentence: largest
 *   |head weight| × max over words |h|.
 *
 * @example
 * ```ts
 * const inspection = inspectText(bundle, 'I need to take a loan');
 * inspection.probabilities // P(positive) after each word
 * inspection.forget[3]     // [mean, unit a, unit b, ...] forget gate at the 4th word
 * ```
 */
export function inspectText(bundle: Bundle, text: string, options: InspectOptions = {}): Inspection {
  const { model, vocabulary, info } = bundle;
  const { tokens, ids, totalTokens } = encodeText(vocabulary, text, info.model.maxLength);
  const hiddenSize = info.model.hiddenSize;
  const unknownTokens = [...new Set(tokens.filter((token) => !vocabulary.has(token)))];
  const shown = tokens.map((token) => (vocabulary.has(token) ? token : `${token}*`));
  const notes: string[] = [];
  if (info.model.bidirectional) notes.push('bidirectional model: the gates shown are the forward direction (reading left to right)');
  if (ids.length === 0) {
    return {
      text, tokens: [], probabilities: [], unitLabels: [], forget: [], input: [], output: [], cell: [],
      probability: info.positiveRate, units: [], unitWeights: [], hiddenSize, unknownTokens, totalTokens, note: notes.join('; '),
    };
  }
  const steps = ids.length;
  const trace = noGrad(() => {
    model.eval();
    return model.forward(new Tensor(Float32Array.from(ids), [1, steps]), new Tensor(Float32Array.of(steps), [1]), { trace: true }).trace!;
  })[0];
  const prefixes = ids.map((_, index) => ids.slice(0, index + 1));
  const probabilities = Array.from(predictLogits(model, prefixes), sigmoid);

  const headWeights = model.head.weight.data; // [1, D*H]; the forward direction's units come first
  const hidden = trace.h.data;
  const scores = Array.from({ length: hiddenSize }, (_, unit) => {
    let largest = 0;
    for (let step = 0; step < steps; step++) largest = Math.max(largest, Math.abs(hidden[step * hiddenSize + unit]));
    return Math.abs(headWeights[unit]) * largest;
  });
  const units = scores
    .map((score, unit) => [score, unit] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, Math.min(hiddenSize, options.units ?? 6))
    .map(([, unit]) => unit);
  const unitWeights = units.map((unit) => headWeights[unit]);
  const columns = (values: Float32Array, transform: (value: number) => number): number[][] =>
    Array.from({ length: steps }, (_, step) => {
      const row = values.subarray(step * hiddenSize, (step + 1) * hiddenSize);
      let sum = 0;
      for (let unit = 0; unit < hiddenSize; unit++) sum += transform(row[unit]);
      return [sum / hiddenSize, ...units.map((unit) => transform(row[unit]))];
    });
  const identity = (value: number): number => value;
  return {
    text,
    tokens: shown,
    probabilities,
    unitLabels: ['mean', ...units.map((unit, index) => `unit ${unit} ${unitWeights[index] >= 0 ? '(+)' : '(−)'}`)],
    forget: columns(trace.f.data, identity),
    input: columns(trace.i.data, identity),
    output: columns(trace.o.data, identity),
    cell: columns(trace.c.data, Math.tanh),
    note: notes.join('; ') || undefined,
    probability: probabilities[steps - 1],
    units,
    unitWeights,
    hiddenSize,
    unknownTokens,
    totalTokens,
  };
}

/**
 * The inspection as terminal text: one line per word with P(positive) so far
 * and four heat-map blocks (f, i, o, tanh c), then a legend. With `color`,
 * 256-colour ANSI backgrounds; without (NO_COLOR, pipes), one bar glyph per value.
 *
 * @example
 * ```ts
 * console.log(formatInspection(inspectText(bundle, text), { color: process.stdout.isTTY }));
 * ```
 */
export function formatInspection(inspection: Inspection, options: { color: boolean }): string {
  const { color } = options;
  if (inspection.tokens.length === 0) {
    return `nothing to inspect: the text has no words (a prediction would answer the prior, P(positive) = ${inspection.probability.toFixed(2)})`;
  }
  const wordWidth = Math.min(16, Math.max(6, ...inspection.tokens.map((token) => [...token].length)));
  const cellWidth = color ? 2 : 1;
  const titles = ['forget f', 'input i', 'output o', 'cell tanh(c)'];
  const blockWidth = Math.max(inspection.unitLabels.length * cellWidth + 1, ...titles.slice(0, 3).map((title) => title.length));
  const gateCell = (value: number): string => (color ? ansiBackground(gateColor(value), '  ') : levelGlyph(value));
  const cellCell = (value: number): string => (color ? ansiBackground(signedColor(value), '  ') : levelGlyph((value + 1) / 2));
  const block = (values: readonly number[], cell: (value: number) => string): string => `${cell(values[0])}${color ? ' ' : '|'}${values.slice(1).map(cell).join('')}`;
  const header = ['word'.padEnd(wordWidth), 'P(pos)', ...titles.map((title) => title.padEnd(blockWidth))].join('  ');
  const lines = [header.trimEnd()];
  inspection.tokens.forEach((token, step) => {
    const probability = inspection.probabilities[step];
    const value = probability.toFixed(2);
    const probabilityText = color ? ansiBackground(probabilityColor(probability), ` ${value} `) : `${value} ${levelGlyph(probability)}`;
    const word = [...token].length > wordWidth ? `${[...token].slice(0, wordWidth - 1).join('')}…` : token.padEnd(wordWidth);
    const blocks = [block(inspection.forget[step], gateCell), block(inspection.input[step], gateCell), block(inspection.output[step], gateCell)];
    lines.push([word, probabilityText, ...blocks.map((text) => padVisible(text, blockWidth)), block(inspection.cell[step], cellCell)].join('  '));
  });
  const unitList = inspection.units.map((unit, index) => `${unit}${inspection.unitWeights[index] >= 0 ? '+' : '−'}`).join(', ');
  lines.push('');
  lines.push(`P(pos): the model's answer for the text up to and including that word. Final: ${inspection.probability.toFixed(2)} → ${inspection.probability >= 0.5 ? 'positive' : 'negative'}.`);
  lines.push(`Each block: first the mean over all ${inspection.hiddenSize} units, then units ${unitList} (the most influential here; + pushes towards positive, − towards negative).`);
  lines.push(
    color
      ? `Gates: ${ansiBackground(gateColor(0), '  ')} 0 closed … ${ansiBackground(gateColor(0.5), '  ')} … ${ansiBackground(gateColor(1), '  ')} 1 open. ` +
          `Cell: ${ansiBackground(signedColor(-1), '  ')} −1 … ${ansiBackground(signedColor(0), '  ')} 0 … ${ansiBackground(signedColor(1), '  ')} +1.`
      : 'Gates: bar height 0 (closed) … 1 (open). Cell tanh(c): bar height −1 (empty bar) … 0 (half) … +1 (full).',
  );
  lines.push('Forget open = keep the old memory; input open = write this word in; output open = show the memory to the classifier.');
  if (inspection.unknownTokens.length > 0) lines.push(`* not in the vocabulary, read as ${Vocabulary.unknownToken}.`);
  if (inspection.totalTokens > inspection.tokens.length) lines.push(`Long input: showing the first ${inspection.tokens.length} of ${inspection.totalTokens.toLocaleString('en-US')} tokens.`);
  if (inspection.note) lines.push(`Note: ${inspection.note}.`);
  return lines.join('\n');
}

/** Pads a string containing ANSI escapes to `width` visible characters. */
function padVisible(text: string, width: number): string {
  // eslint-disable-next-line no-control-regex
  const visible = text.replace(/\x1b\[[0-9;]*m/g, '').length;
  return visible >= width ? text : text + ' '.repeat(width - visible);
}
