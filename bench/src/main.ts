/**
 * `pnpm bench`: runs the selected workloads for every contender, each in its
 * own child process, and prints a Markdown table of medians and speed ratios.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseCli, USAGE } from './cli.js';
import { formatReport } from './report.js';
import { runBenchmarks, type RunResult } from './runner.js';
import { findWorkload, WORKLOADS } from './workloads/index.js';

async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  if (options.list) {
    for (const workload of WORKLOADS) {
      console.log(`${workload.name}: ${workload.description}`);
      for (const benchCase of workload.cases({ quick: options.quick })) console.log(`  ${benchCase.id.padEnd(20)} ${benchCase.label}`);
    }
    return;
  }
  if (options.fromJson) {
    const saved = JSON.parse(readFileSync(options.fromJson, 'utf8')) as RunResult;
    console.log(formatReport(saved, options.clock));
    return;
  }
  const workloads = options.workloads.length === 0 ? WORKLOADS : options.workloads.map(findWorkload);
  const result = await runBenchmarks({
    workloads,
    caseFilter: options.cases,
    contenders: options.contenders,
    rounds: options.rounds,
    warmupMs: options.warmupMs,
    sampleMs: options.sampleMs,
    quick: options.quick,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  console.log(formatReport(result, options.clock));
  if (options.json) writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
