import { describe, expect, it } from 'vitest';
import { formatReport, formatSpeed, formatSpeedup } from './report.js';
import type { CaseResult, RunResult } from './runner.js';

const result: CaseResult = {
  workload: 'mat-mul',
  benchCase: { id: 'square-2', label: '[2,2] @ [2,2]', flops: 16e6 },
  msPerCall: {
    wall: { mnemo: [2, 2, 2], 'tfjs-cpu': [10, 12, 8] },
    cpu: { mnemo: [1, 1, 1], 'tfjs-cpu': [3, 3, 3] },
  },
  errors: {},
};

describe('report', () => {
  it('turns median times into GFLOP/s with a spread', () => {
    expect(formatSpeed(result, 'mnemo', 'wall')).toBe('8.00 ±0%');
    expect(formatSpeed(result, 'tfjs-cpu', 'wall')).toBe('1.60 ±10%');
    expect(formatSpeed(result, 'tfjs-wasm', 'wall')).toBe('-');
  });

  it('reports paired speed-ups on the chosen clock', () => {
    expect(formatSpeedup(result, 'tfjs-cpu', 'wall')).toBe('5.00x');
    expect(formatSpeedup(result, 'tfjs-cpu', 'cpu')).toBe('3.00x');
  });

  it('prints one Markdown row per case with a column per contender present', () => {
    const run: RunResult = {
      machine: { node: 'v20', cpu: 'Test CPU', cpus: 2, platform: 'linux x64', loadStart: 0.5, loadEnd: 0.7, date: '2026-01-01' },
      contenders: { mnemo: 'mnemo', 'tfjs-cpu': 'tfjs' },
      options: { rounds: 3, warmupMs: 1, sampleMs: 1, quick: false },
      cases: [result],
    };
    const text = formatReport(run, 'wall');
    expect(text).toContain('| case | shapes | mnemo | tfjs-cpu | mnemo vs tfjs-cpu |');
    expect(text).toContain('| square-2 | [2,2] @ [2,2] | 8.00 ±0% | 1.60 ±10% | 5.00x |');
  });

  it('marks a contender that failed a case and lists the error under the table', () => {
    const failed: CaseResult = { ...result, errors: { 'tfjs-cpu': "Kernel 'X' not registered" } };
    expect(formatSpeed(failed, 'tfjs-cpu', 'wall')).toBe('failed');
    const run: RunResult = {
      machine: { node: 'v20', cpu: 'Test CPU', cpus: 2, platform: 'linux x64', loadStart: 0.5, loadEnd: 0.7, date: '2026-01-01' },
      contenders: { mnemo: 'mnemo', 'tfjs-cpu': 'tfjs' },
      options: { rounds: 3, warmupMs: 1, sampleMs: 1, quick: false },
      cases: [failed],
    };
    expect(formatReport(run, 'cpu')).toContain("- square-2, tfjs-cpu failed: Kernel 'X' not registered");
  });
});
