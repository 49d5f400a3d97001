/**
 * The colour legend of the heat map: the CLI's three scales (src/palette.ts)
 * as gradient bars with their end labels.
 */
import { gateColor, hex, probabilityColor, signedColor, type Rgb } from '../../src/palette.js';
import { element } from './dom.js';

function scale(title: string, color: (value: number) => Rgb, [low, high]: readonly [number, number], lowLabel: string, highLabel: string): HTMLElement {
  const stops = Array.from({ length: 11 }, (_, index) => hex(color(low + ((high - low) * index) / 10)));
  return element(
    'div',
    { class: 'scale' },
    element('span', { class: 'scale-title' }, title),
    element('span', { class: 'scale-end' }, lowLabel),
    element('span', { class: 'scale-bar', style: `background: linear-gradient(to right, ${stops.join(', ')})` }),
    element('span', { class: 'scale-end' }, highLabel),
  );
}

/**
 * Fills `container` with the three colour scales: gates 0 (closed) to 1
 * (open), the cell state −1 to +1, and P(positive) 0 to 1.
 *
 * @example
 * ```ts
 * renderLegend(byId('legend'));
 * ```
 */
export function renderLegend(container: HTMLElement): void {
  container.replaceChildren(
    scale('gates', gateColor, [0, 1], '0 closed', '1 open'),
    scale('cell tanh(c)', signedColor, [-1, 1], '−1', '+1'),
    scale('P(positive)', probabilityColor, [0, 1], '0 negative', '1 positive'),
  );
}
