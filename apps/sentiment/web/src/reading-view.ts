/**
 * The reading of one text, as the CLI's `inspect` shows it: P(positive), notes
 * (unknown words, empty or long input), and per word a heat map of P(positive)
 * so far, the forget, input and output gates and the cell state tanh(c), in
 * the CLI's colours (src/palette.ts). One column per token.
 */
import type { Bundle } from '../../src/bundle-format.js';
import { inspectText, type Inspection } from '../../src/inspect.js';
import { gateColor, hex, probabilityColor, signedColor } from '../../src/palette.js';
import { predictTexts } from '../../src/predict.js';
import { element } from './dom.js';

type Block = { title: string; help: string; values: (inspection: Inspection) => readonly (readonly number[])[]; color: (value: number) => string };

const blocks: readonly Block[] = [
  { title: 'forget gate f', help: 'open = keep the old memory', values: (inspection) => inspection.forget, color: (value) => hex(gateColor(value)) },
  { title: 'input gate i', help: 'open = write this word in', values: (inspection) => inspection.input, color: (value) => hex(gateColor(value)) },
  { title: 'output gate o', help: 'open = show the memory to the classifier', values: (inspection) => inspection.output, color: (value) => hex(gateColor(value)) },
  { title: 'cell state tanh(c)', help: 'the memory itself', values: (inspection) => inspection.cell, color: (value) => hex(signedColor(value)) },
];

/** P(positive) large, with its label; an empty text has no verdict, only the prior. */
function verdict(probability: number, empty: boolean): HTMLElement {
  const label = empty ? 'no words' : probability >= 0.5 ? 'positive' : 'negative';
  return element(
    'div',
    { class: 'verdict' },
    element('span', { class: 'verdict-caption' }, 'P(positive)'),
    element('span', { id: 'probability', class: 'verdict-number', 'data-probability': probability }, probability.toFixed(2)),
    element('span', { class: 'verdict-label', style: empty ? undefined : `background: ${hex(probabilityColor(probability))}` }, label),
    element('div', { class: 'meter' }, element('div', { class: 'meter-fill', style: `width: ${(100 * probability).toFixed(1)}%; background: ${hex(probabilityColor(probability))}` })),
  );
}

function heatmap(inspection: Inspection): HTMLElement {
  const columns = inspection.tokens.length;
  const row = (label: string, values: readonly number[], color: (value: number) => string, what: string, showNumbers = false): HTMLElement =>
    element(
      'tr',
      {},
      element('th', { scope: 'row' }, label),
      ...values.map((value, step) =>
        element('td', { style: `background: ${color(value)}`, title: `${inspection.tokens[step]}: ${what} = ${value.toFixed(3)}` }, showNumbers ? String(Math.round(100 * value)) : ''),
      ),
    );
  const head = element('thead', {}, element('tr', {}, element('th', {}), ...inspection.tokens.map((token, step) => element('th', { class: 'token', scope: 'col', 'data-step': step }, token))));
  const body = element('tbody', {}, row('P(positive) %', inspection.probabilities, (value) => hex(probabilityColor(value)), 'P(positive) so far', true));
  for (const block of blocks) {
    body.append(element('tr', { class: 'block-title' }, element('th', { colspan: columns + 1 }, block.title, element('span', { class: 'block-help' }, ` ${block.help}`))));
    const values = block.values(inspection);
    inspection.unitLabels.forEach((unitLabel, unit) => {
      body.append(row(unitLabel, values.map((stepValues) => stepValues[unit]), block.color, `${block.title}, ${unitLabel}`));
    });
  }
  return element('div', { class: 'heatmap-scroll' }, element('table', { id: 'heatmap', class: 'heatmap' }, head, body));
}

/** How to read the heat map, as the CLI's `inspect` says it under its table. */
function caption(inspection: Inspection): HTMLElement {
  const units = inspection.units.map((unit, index) => `${unit}${inspection.unitWeights[index] >= 0 ? ' (+)' : ' (−)'}`).join(', ');
  const lines = [
    "P(positive) under a word is the model's answer for the text up to and including that word.",
    `Each gate block shows the mean over all ${inspection.hiddenSize} units, then units ${units}: the most influential here (+ pushes towards positive, − towards negative).`,
  ];
  if (inspection.unknownTokens.length > 0) lines.push('Words marked * are not in the vocabulary and are read as <unk>.');
  return element('p', { class: 'caption' }, lines.join(' '));
}

/**
 * Renders the reading of `text` by `bundle`'s model into `container`,
 * replacing what was there. Empty text: the prior and a note, no heat map.
 *
 * @example
 * ```ts
 * input.addEventListener('input', () => renderReading(byId('reading'), bundle, input.value));
 * ```
 */
export function renderReading(container: HTMLElement, bundle: Bundle, text: string): void {
  const [prediction] = predictTexts(bundle, [text]);
  const inspection = inspectText(bundle, text);
  const notes = inspection.note ? [...prediction.notes, inspection.note] : prediction.notes;
  container.replaceChildren(
    verdict(prediction.probability, prediction.tokens.length === 0),
    element('ul', { class: 'notes' }, ...notes.map((note) => element('li', {}, note))),
    ...(inspection.tokens.length > 0 ? [heatmap(inspection), caption(inspection)] : []),
  );
}
