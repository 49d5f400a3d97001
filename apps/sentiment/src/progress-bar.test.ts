import { describe, expect, it } from 'vitest';
import { formatDuration, ProgressBar, type ProgressOutput } from './progress-bar.js';

function collector(isTTY: boolean): ProgressOutput & { text: string } {
  const output = { text: '', isTTY, columns: 200, write(chunk: string) { output.text += chunk; } };
  return output;
}

describe('ProgressBar', () => {
  it('redraws one line on a terminal, throttled, and ends it on finish', () => {
    let clock = 0;
    const output = collector(true);
    const bar = new ProgressBar({ total: 100, label: 'epoch 1/3', output, now: () => clock });
    clock = 1000;
    bar.update(50, { loss: 0.5, accuracy: 0.75 });
    clock = 1010; // within the redraw interval: no redraw
    bar.update(60, { loss: 0.5, accuracy: 0.75 });
    clock = 2000;
    bar.finish({ loss: 0.25, accuracy: 0.8 }, 'val loss 0.3000');
    const draws = output.text.split('\r\x1b[K').filter(Boolean);
    expect(draws).toHaveLength(2);
    expect(draws[0]).toContain(' 50% loss 0.5000 acc  75.0% 50 sent/s ETA 1.0s');
    expect(draws[1]).toMatch(/100% loss 0\.2500 acc {2}80\.0% 50 sent\/s 2\.0s val loss 0\.3000\n$/);
    expect(output.text.split('\n')).toHaveLength(2);
  });

  it('prints plain lines, one per interval, when not on a terminal', () => {
    let clock = 0;
    const output = collector(false);
    const bar = new ProgressBar({ total: 10, label: 'epoch 1/1', output, now: () => clock, plainInterval: 5000 });
    clock = 1000;
    bar.update(2, { loss: 1, accuracy: 0 }); // too soon
    clock = 6000;
    bar.update(5, { loss: 1, accuracy: 0 });
    clock = 7000;
    bar.finish({ loss: 1, accuracy: 0 });
    const lines = output.text.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(output.text).not.toContain('\r');
    expect(lines[0]).toContain(' 50%');
    expect(lines[1]).toContain('100%');
  });
});

describe('formatDuration', () => {
  it('formats seconds and minutes', () => {
    expect(formatDuration(3.25)).toBe('3.3s');
    expect(formatDuration(42)).toBe('42s');
    expect(formatDuration(185)).toBe('3m05s');
    expect(formatDuration(NaN)).toBe('?');
  });
});
