/**
 * The results table: per case, each contender's median speed and, for each
 * peer, how many times faster mnemo was (median of per-round ratios).
 */
import type { CaseResult, Clock, RunResult } from './runner.js';
import { pairedSpeedup, summarize } from './stats.js';
import { CONTENDERS, type ContenderName } from './workload.js';

/** Median speed of a contender on a case: GFLOP/s when the case counts flops, else ms per call; with its relative spread. */
export function formatSpeed(result: CaseResult, contender: ContenderName, clock: Clock): string {
  if (result.errors?.[contender] !== undefined) return 'failed';
  const times = result.msPerCall[clock][contender];
  if (!times || times.length === 0) return '-';
  const summary = summarize(times);
  const spread = `±${Math.round((summary.relativeSpread * 100) / 2)}%`;
  const flops = result.benchCase.flops;
  if (flops === undefined) return `${summary.median.toPrecision(3)} ms ${spread}`;
  return `${(flops / summary.median / 1e6).toFixed(2)} ${spread}`;
}

/** How many times faster mnemo was than `peer` on a case, e.g. `4.62x` (below 1: slower). */
export function formatSpeedup(result: CaseResult, peer: ContenderName, clock: Clock): string {
  const mnemo = result.msPerCall[clock].mnemo;
  const other = result.msPerCall[clock][peer];
  if (!mnemo?.length || !other?.length) return '-';
  return `${pairedSpeedup(other, mnemo).toFixed(2)}x`;
}

/** The whole report as Markdown, from one clock's timings: machine, contenders, then one table per workload. */
export function formatReport(run: RunResult, clock: Clock): string {
  const { machine } = run;
  const present = CONTENDERS.filter((name) => run.contenders[name] !== undefined);
  const peers = present.filter((name) => name !== 'mnemo');
  const lines: string[] = [
    `Machine: ${machine.cpu}, ${machine.cpus} CPUs, ${machine.platform}, Node ${machine.node}; ` +
      `load average ${machine.loadStart.toFixed(2)} at start, ${machine.loadEnd.toFixed(2)} at end; ${machine.date}`,
    `Rounds: ${run.options.rounds} per case, ~${run.options.sampleMs} ms each, after >= ${run.options.warmupMs} ms of warm-up${run.options.quick ? ' (quick mode)' : ''}`,
    ...present.map((name) => `- ${name}: ${run.contenders[name]}`),
    '',
    `Clock: ${clock === 'wall' ? 'elapsed (wall-clock) time' : 'CPU time of each contender\'s process (user + system)'}.`,
    'Speeds are medians over rounds (GFLOP/s where the case counts flops, else ms per call), ± half the interquartile range;',
    '"mnemo vs X" is the median over rounds of time(X) / time(mnemo) measured in the same round: above 1, mnemo is faster.',
  ];
  const workloads = [...new Set(run.cases.map((result) => result.workload))];
  for (const workload of workloads) {
    const header = ['case', 'shapes', ...present, ...(present.includes('mnemo') ? peers.map((peer) => `mnemo vs ${peer}`) : [])];
    lines.push('', `### ${workload}`, '', `| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
    for (const result of run.cases.filter((candidate) => candidate.workload === workload)) {
      const cells = [
        result.benchCase.id,
        result.benchCase.label,
        ...present.map((name) => formatSpeed(result, name, clock)),
        ...(present.includes('mnemo') ? peers.map((peer) => formatSpeedup(result, peer, clock)) : []),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
    const failures = run.cases.filter((candidate) => candidate.workload === workload).flatMap((candidate) =>
      Object.entries(candidate.errors ?? {}).map(([name, message]) => `- ${candidate.benchCase.id}, ${name} failed: ${message}`),
    );
    if (failures.length > 0) lines.push('', ...failures);
  }
  return lines.join('\n');
}
