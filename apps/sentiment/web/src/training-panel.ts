/**
 * The training part of the page: starts the worker, shows its progress (a bar
 * per epoch with loss, accuracy and sentences/s, and the live chart), and
 * hands each new best model to the page as soon as an epoch produces it.
 */
import { byId } from './dom.js';
import type { ModelFiles, TrainRequest, WorkerMessage } from './protocol.js';
import { TrainingChart } from './training-chart.js';

/** What the status line's `data-state` says: the smoke test waits on it. */
export type TrainingState = 'idle' | 'training' | 'done' | 'stopped' | 'error';

const percent = (value: number): string => `${(100 * value).toFixed(1)}%`;
const count = (value: number): string => Math.round(value).toLocaleString('en-US');

/**
 * Runs training in a Web Worker and keeps the panel's elements (#progress-fill,
 * #progress-text, #chart, #training-status) up to date.
 *
 * @example
 * ```ts
 * const panel = new TrainingPanel((files) => useModel(files));
 * panel.start({ type: 'train', epochs: 1, limit: 300, seed: 1 });
 * ```
 */
export class TrainingPanel {
  private worker: Worker | null = null;
  private readonly chart = new TrainingChart(byId('chart'));
  private readonly fill = byId('progress-fill');
  private readonly text = byId('progress-text');
  private readonly status = byId('training-status');

  /** `onModel` receives the files of each new best model. */
  constructor(private readonly onModel: (files: ModelFiles) => void) {}

  /** True while a worker is training. */
  get running(): boolean {
    return this.worker !== null;
  }

  /** Starts a run (stopping any run in progress). */
  start(request: TrainRequest): void {
    this.stop();
    this.chart.reset();
    this.fill.style.width = '0%';
    this.text.textContent = 'preparing the data…';
    this.setStatus('training', `training: up to ${request.epochs} epoch${request.epochs === 1 ? '' : 's'} on ${count(request.limit)} sentences (seed ${request.seed})`);
    this.worker = new Worker(new URL('./train-worker.ts', import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => this.receive(event.data));
    this.worker.addEventListener('error', (event) => this.finish('error', `training failed: ${event.message || 'the worker could not start'}`));
    this.worker.postMessage(request);
  }

  /** Stops the run, if one is going, saying `why` in the status line. */
  stop(why = 'stopped; the best model so far stays in use'): void {
    if (this.worker === null) return;
    this.finish('stopped', why);
  }

  private receive(message: WorkerMessage): void {
    switch (message.type) {
      case 'start':
        this.text.textContent = `${count(message.train)} training sentences (validation ${count(message.validation)}, test ${count(message.test)}), vocabulary ${count(message.vocabularySize)}, ${count(message.parameters)} parameters`;
        break;
      case 'batch': {
        const { epoch, epochs, seen, total, loss, accuracy, sentencesPerSecond } = message.progress;
        this.fill.style.width = `${(100 * seen) / Math.max(1, total)}%`;
        this.text.textContent = `epoch ${epoch}/${epochs} · ${count(seen)}/${count(total)} sentences · loss ${loss.toFixed(4)} · accuracy ${percent(accuracy)} · ${count(sentencesPerSecond)} sentences/s`;
        this.chart.addBatch(message.progress);
        break;
      }
      case 'epoch': {
        const { epoch, validationLoss, validationAccuracy } = message.record;
        this.chart.addEpoch(message.record, message.model !== null);
        const figures = `validation loss ${validationLoss.toFixed(4)}, accuracy ${percent(validationAccuracy)}`;
        if (message.model !== null) this.onModel(message.model);
        this.setStatus('training', `epoch ${epoch}: ${figures}${message.model !== null ? ' (best so far, now in use)' : ''}`);
        break;
      }
      case 'done':
        this.fill.style.width = '100%';
        this.finish(
          'done',
          `done in ${message.seconds.toFixed(1)} s (${message.stopReason}); kept epoch ${message.bestEpoch}, ` +
            `test accuracy ${percent(message.testAccuracy)}`,
        );
        break;
      case 'error':
        this.finish('error', `training failed: ${message.message}`);
        break;
    }
  }

  private finish(state: TrainingState, line: string): void {
    this.worker?.terminate();
    this.worker = null;
    this.setStatus(state, line);
  }

  private setStatus(state: TrainingState, line: string): void {
    this.status.dataset.state = state;
    this.status.textContent = line;
    this.status.dispatchEvent(new CustomEvent('statechange', { bubbles: true }));
  }
}
