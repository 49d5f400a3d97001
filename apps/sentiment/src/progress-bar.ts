/**
 * A progress bar for one training epoch: a redrawn line on a terminal, plain
 * periodic lines when the output is a file or a CI log.
 */

/** Where a progress bar writes: `process.stdout` or anything with `write` (tests pass a collector). */
export interface ProgressOutput {
  write(text: string): unknown;
  /** True on a terminal: the bar redraws one line with `\r`. */
  isTTY?: boolean;
  /** Terminal width in characters, if known. */
  columns?: number;
}

/** Running figures shown beside the bar. */
export interface ProgressStats {
  /** Mean loss so far. */
  loss: number;
  /** Accuracy so far, in [0, 1]. */
  accuracy: number;
}

/** Options of {@link ProgressBar}. */
export interface ProgressBarOptions {
  /** Items (sentences) in the whole run of the bar. */
  total: number;
  /** Text before the bar, e.g. `epoch 3/20`. */
  label: string;
  /** Default `process.stdout`. */
  output?: ProgressOutput;
  /** Milliseconds clock; default `performance.now`. Injected by tests. */
  now?: () => number;
  /** Least time between two redraws on a terminal (ms); default 80. */
  redrawInterval?: number;
  /** Least time between two plain lines when not on a terminal (ms); default 10,000. */
  plainInterval?: number;
}

const BAR_WIDTH = 24;

/** Seconds as `42s` or `3m05s`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${String(Math.round(seconds - 60 * minutes)).padStart(2, '0')}s`;
}

/**
 * Shows how far an epoch is, with mean loss, accuracy, sentences per second
 * and the time left: `epoch 2/12 [██████████░░░░░░░░] 55% loss 0.4312 acc 80.1% 950 sent/s ETA 1.2s`.
 * On a terminal it redraws one line; elsewhere it prints a line every
 * `plainInterval` ms and always one at the end.
 *
 * @example
 * ```ts
 * const bar = new ProgressBar({ total: 2400, label: 'epoch 1/10' });
 * bar.update(32, { loss: 0.69, accuracy: 0.5 });
 * bar.finish({ loss: 0.52, accuracy: 0.74 }, 'val loss 0.48');
 * ```
 */
export class ProgressBar {
  private readonly total: number;
  private readonly label: string;
  private readonly output: ProgressOutput;
  private readonly now: () => number;
  private readonly redrawInterval: number;
  private readonly plainInterval: number;
  private readonly startedAt: number;
  private lastDrawAt = -Infinity;
  private done = 0;

  constructor(options: ProgressBarOptions) {
    this.total = Math.max(1, options.total);
    this.label = options.label;
    this.output = options.output ?? process.stdout;
    this.now = options.now ?? (() => performance.now());
    this.redrawInterval = options.redrawInterval ?? 80;
    this.plainInterval = options.plainInterval ?? 10_000;
    this.startedAt = this.now();
    if (!this.output.isTTY) this.lastDrawAt = this.startedAt;
  }

  /** Records that `done` items in all are finished, and redraws if it is time to. */
  update(done: number, stats: ProgressStats): void {
    this.done = Math.min(done, this.total);
    const time = this.now();
    const interval = this.output.isTTY ? this.redrawInterval : this.plainInterval;
    if (time - this.lastDrawAt < interval) return;
    this.lastDrawAt = time;
    this.draw(stats, '', false);
  }

  /** Draws the final state, with `extra` (e.g. validation figures) appended, and ends the line. */
  finish(stats: ProgressStats, extra = ''): void {
    this.done = this.total;
    this.draw(stats, extra, true);
  }

  /** The text of the line for the current state (without `\r` or newline). */
  line(stats: ProgressStats, extra = '', final = false): string {
    const elapsedSeconds = Math.max(1e-9, (this.now() - this.startedAt) / 1000);
    const fraction = this.done / this.total;
    const rate = this.done / elapsedSeconds;
    const filled = Math.round(fraction * BAR_WIDTH);
    const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
    const timing = final ? `${formatDuration(elapsedSeconds)}` : `ETA ${formatDuration(rate > 0 ? (this.total - this.done) / rate : NaN)}`;
    const parts = [
      this.label,
      `[${bar}]`,
      `${String(Math.round(100 * fraction)).padStart(3)}%`,
      `loss ${Number.isFinite(stats.loss) ? stats.loss.toFixed(4) : String(stats.loss)}`,
      `acc ${(100 * stats.accuracy).toFixed(1).padStart(5)}%`,
      `${Math.round(rate)} sent/s`,
      timing,
    ];
    if (extra) parts.push(extra);
    return parts.join(' ');
  }

  private draw(stats: ProgressStats, extra: string, final: boolean): void {
    const text = this.line(stats, extra, final);
    if (this.output.isTTY) {
      const columns = this.output.columns ?? 0;
      const fitted = !final && columns > 0 && text.length >= columns ? text.slice(0, columns - 1) : text;
      this.output.write(`\r\x1b[K${fitted}${final ? '\n' : ''}`);
    } else {
      this.output.write(`${text}\n`);
    }
  }
}
