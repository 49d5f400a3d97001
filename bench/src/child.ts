/**
 * A contender's child process: loads one library, then on request prepares a
 * case (inputs, warm-up, calibration) and times rounds of it. Started by
 * `runner.ts` with the contender's name as its only argument.
 */
import { loadContender } from './contenders.js';
import type { ChildMessage, ParentMessage } from './protocol.js';
import { CONTENDERS, type ContenderName } from './workload.js';
import { findWorkload } from './workloads/index.js';

function send(message: ChildMessage): void {
  process.send?.(message);
}

/** Calls `run` until both `minimumMs` and `minimumCalls` are reached; returns the time per call of the last half. */
function warmUp(run: () => void, minimumMs: number, minimumCalls: number): number {
  const start = performance.now();
  const times: number[] = [];
  while (times.length < minimumCalls || performance.now() - start < minimumMs) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  const recent = times.slice(Math.floor(times.length / 2));
  return recent.reduce((sum, time) => sum + time, 0) / recent.length;
}

async function main(): Promise<void> {
  const name = process.argv[2] as ContenderName;
  if (!CONTENDERS.includes(name)) throw new Error(`child: unknown contender "${process.argv[2]}"`);
  const { context, description } = await loadContender(name);
  let run: (() => void) | undefined;
  let repetitions = 1;

  process.on('message', (message: ParentMessage) => {
    void (async () => {
      try {
        if (message.type === 'prepare') {
          run = await findWorkload(message.workload).prepare(message.caseId, context);
          const msPerCall = warmUp(run, message.warmupMs, 2);
          repetitions = Math.max(1, Math.round(message.sampleMs / msPerCall));
          send({ type: 'prepared', repetitions });
        } else if (message.type === 'measure') {
          if (!run) throw new Error('child: measure before prepare');
          const cpuStart = process.cpuUsage();
          const wallStart = performance.now();
          for (let i = 0; i < repetitions; i++) run();
          const wallMs = performance.now() - wallStart;
          const cpu = process.cpuUsage(cpuStart);
          send({ type: 'sample', wallMsPerCall: wallMs / repetitions, cpuMsPerCall: (cpu.user + cpu.system) / 1000 / repetitions });
        } else if (message.type === 'exit') {
          process.disconnect?.();
        }
      } catch (error) {
        send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
    })();
  });
  send({ type: 'ready', contender: name, description });
}

main().catch((error: unknown) => {
  send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exitCode = 1;
});
