/**
 * The live training chart: loss and accuracy against epochs, as an SVG.
 * Training curves are an exponential moving average over mini-batches (drawn
 * as they arrive); validation figures are one point per epoch. The epoch axis
 * grows with the run, so the curves always fill the width.
 */
import type { BatchProgress, EpochRecord } from '../../src/training-loop.js';

type Point = readonly [x: number, y: number];

const WIDTH = 560;
const HEIGHT = 230;
const PLOT = { left: 38, right: WIDTH - 12, top: 34, bottom: HEIGHT - 30 };
const COLORS = { loss: '#1f77b4', accuracy: '#2ca02c' };
/** Weight of the past in the moving average of batch figures. */
const SMOOTHING = 0.9;

/** A moving average with bias correction, so the first batches are not pulled towards 0. */
class MovingAverage {
  private value = 0;
  private count = 0;
  add(sample: number): number {
    this.count++;
    this.value = SMOOTHING * this.value + (1 - SMOOTHING) * sample;
    return this.value / (1 - SMOOTHING ** this.count);
  }
}

/**
 * Draws loss and accuracy while training runs; call {@link TrainingChart.reset}
 * before a run, then feed it every batch and epoch message.
 *
 * @example
 * ```ts
 * const chart = new TrainingChart(byId('chart'));
 * chart.reset();
 * worker.onmessage = ({ data }) => data.type === 'batch' && chart.addBatch(data.progress);
 * ```
 */
export class TrainingChart {
  private epochs = 1;
  private loss = new MovingAverage();
  private accuracy = new MovingAverage();
  private trainLoss: Point[] = [];
  private trainAccuracy: Point[] = [];
  private validationLoss: Point[] = [];
  private validationAccuracy: Point[] = [];
  private bestEpoch = 0;
  private frame = 0;

  constructor(private readonly container: HTMLElement) {
    this.render();
  }

  /** Clears the chart for a new run. */
  reset(): void {
    this.epochs = 1;
    this.loss = new MovingAverage();
    this.accuracy = new MovingAverage();
    this.trainLoss = [];
    this.trainAccuracy = [];
    this.validationLoss = [];
    this.validationAccuracy = [];
    this.bestEpoch = 0;
    this.schedule();
  }

  /** One mini-batch: its loss and accuracy, placed at the fraction of the epoch done. */
  addBatch(progress: BatchProgress): void {
    const x = progress.epoch - 1 + progress.seen / Math.max(1, progress.total);
    this.epochs = Math.max(this.epochs, progress.epoch);
    this.trainLoss.push([x, this.loss.add(progress.batchLoss)]);
    this.trainAccuracy.push([x, this.accuracy.add(progress.batchAccuracy)]);
    this.schedule();
  }

  /** One finished epoch: its validation loss and accuracy; `best` marks the epoch whose weights are kept. */
  addEpoch(record: EpochRecord, best: boolean): void {
    if (best) this.bestEpoch = record.epoch;
    this.validationLoss.push([record.epoch, record.validationLoss]);
    this.validationAccuracy.push([record.epoch, record.validationAccuracy]);
    this.schedule();
  }

  private schedule(): void {
    if (this.frame === 0) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.render();
      });
    }
  }

  private render(): void {
    const values = [...this.trainLoss, ...this.validationLoss].map(([, y]) => y).filter(Number.isFinite);
    const top = Math.max(1, Math.ceil(Math.max(0, ...values) * 4) / 4);
    const x = (epoch: number): number => PLOT.left + (epoch / this.epochs) * (PLOT.right - PLOT.left);
    const y = (value: number): number => PLOT.bottom - (Math.min(top, Math.max(0, value)) / top) * (PLOT.bottom - PLOT.top);
    const parts: string[] = [];
    for (let tick = 0; tick <= top + 1e-9; tick += 0.25) {
      parts.push(`<line class="grid" x1="${PLOT.left}" x2="${PLOT.right}" y1="${y(tick)}" y2="${y(tick)}"/>`);
      parts.push(`<text class="tick" x="${PLOT.left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick.toFixed(2)}</text>`);
    }
    const step = Math.ceil(this.epochs / 10);
    for (let epoch = 0; epoch <= this.epochs; epoch += step) {
      parts.push(`<text class="tick" x="${x(epoch)}" y="${PLOT.bottom + 16}" text-anchor="middle">${epoch}</text>`);
    }
    parts.push(`<text class="tick" x="${PLOT.right}" y="${PLOT.bottom + 28}" text-anchor="end">epoch</text>`);
    if (this.bestEpoch > 0) {
      const bestX = x(this.bestEpoch);
      parts.push(`<line x1="${bestX}" x2="${bestX}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="#888" stroke-dasharray="2 3"/>`);
      parts.push(`<text class="tick" x="${bestX - 4}" y="${PLOT.top + 10}" text-anchor="end">best</text>`);
    }
    const path = (points: readonly Point[]): string => points.map(([px, py]) => `${x(px).toFixed(1)},${y(py).toFixed(1)}`).join(' ');
    parts.push(`<polyline fill="none" stroke="${COLORS.loss}" stroke-width="2" points="${path(this.trainLoss)}"/>`);
    parts.push(`<polyline fill="none" stroke="${COLORS.accuracy}" stroke-width="2" points="${path(this.trainAccuracy)}"/>`);
    for (const [points, color] of [[this.validationLoss, COLORS.loss], [this.validationAccuracy, COLORS.accuracy]] as const) {
      parts.push(`<polyline fill="none" stroke="${color}" stroke-width="1.5" stroke-dasharray="5 4" points="${path(points)}"/>`);
      for (const [px, py] of points) parts.push(`<circle cx="${x(px)}" cy="${y(py)}" r="3.5" fill="white" stroke="${color}" stroke-width="2"/>`);
    }
    const legend = [
      ['loss (training)', COLORS.loss, ''],
      ['accuracy (training)', COLORS.accuracy, ''],
      ['validation, per epoch', '#666', '5 4'],
    ].map(([label, color, dash], index) => {
      const left = PLOT.left + index * 170;
      return `<line x1="${left}" x2="${left + 22}" y1="14" y2="14" stroke="${color}" stroke-width="2" stroke-dasharray="${dash}"/><text class="legend" x="${left + 28}" y="18">${label}</text>`;
    });
    this.container.innerHTML = `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="training loss and accuracy">${[...parts, ...legend].join('')}</svg>`;
  }
}
