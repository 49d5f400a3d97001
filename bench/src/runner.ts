/**
 * The scheduler (parent process): one long-lived child process per
 * contender, driven over IPC, measured round-robin.
 *
 * Why child processes: once anything in a process detaches an ArrayBuffer (a
 * WebAssembly memory growing), V8 runs plain Float32Array loops 22-25% slower
 * for the rest of that process. So tfjs-wasm must not share a process with the
 * pure-JS contenders, and giving every contender its own process also keeps
 * one library's JIT feedback and heap out of another's measurements.
 *
 * Why round-robin: the machine is shared and its speed drifts; asking each
 * contender in turn for one timed round (rotating who goes first) makes drift
 * hit all of them alike, and rounds pair up for the ratios.
 */
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ParentMessage } from './protocol.js';
import type { BenchCase, ContenderName, Workload } from './workload.js';

/** Settings of a run. */
export interface RunOptions {
  workloads: readonly Workload[];
  /** Keep only cases whose id contains one of these strings (all when empty). */
  caseFilter: readonly string[];
  contenders: readonly ContenderName[];
  /** Timed rounds per case and contender. */
  rounds: number;
  /** Minimum warm-up time per case and contender. */
  warmupMs: number;
  /** Target duration of one timed round (repetitions are calibrated to it). */
  sampleMs: number;
  quick: boolean;
  /** Progress lines (to stderr by default). */
  log: (line: string) => void;
}

/** The machine a run came from. */
export interface MachineInfo {
  node: string;
  cpu: string;
  cpus: number;
  platform: string;
  /** 1-minute load average at the start and end: how busy the shared machine was. */
  loadStart: number;
  loadEnd: number;
  date: string;
}

/** Which time a table is built from: elapsed (wall-clock) or CPU time of the contender's process. */
export type Clock = 'wall' | 'cpu';

/** Timings of one case: milliseconds per call, one entry per round, per contender, on both clocks. */
export interface CaseResult {
  workload: string;
  benchCase: BenchCase;
  msPerCall: Record<Clock, Partial<Record<ContenderName, number[]>>>;
  /** First line of the error of each contender that failed this case. */
  errors: Partial<Record<ContenderName, string>>;
}

/** Everything a run measured. */
export interface RunResult {
  machine: MachineInfo;
  contenders: Partial<Record<ContenderName, string>>;
  options: { rounds: number; warmupMs: number; sampleMs: number; quick: boolean };
  cases: CaseResult[];
}

/** A contender's child process with a one-request-at-a-time message channel. */
class ContenderProcess {
  private readonly child: ChildProcess;
  private pending: ((message: ChildMessage) => void) | undefined;
  private failure: Error | undefined;
  readonly ready: Promise<ChildMessage>;

  constructor(readonly name: ContenderName) {
    const childPath = fileURLToPath(new URL('./child.ts', import.meta.url));
    const execArgv = process.execArgv.includes('--conditions=@mnemo/source') ? process.execArgv : ['--conditions=@mnemo/source', ...process.execArgv];
    this.child = fork(childPath, [name], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.ready = this.next();
    this.child.on('message', (message: ChildMessage) => {
      const resolve = this.pending;
      this.pending = undefined;
      resolve?.(message);
    });
    this.child.on('exit', (code) => {
      this.failure = new Error(`${name}: child process exited with code ${code}`);
      const resolve = this.pending;
      this.pending = undefined;
      resolve?.({ type: 'error', message: this.failure.message });
    });
  }

  private next(): Promise<ChildMessage> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve) => {
      this.pending = resolve;
    });
  }

  /** Sends a request and resolves with the reply; rejects on an error reply. */
  async request(message: ParentMessage): Promise<ChildMessage> {
    const reply = this.next();
    this.child.send(message);
    const answer = await reply;
    if (answer.type === 'error') throw new Error(`${this.name}: ${answer.message}`);
    return answer;
  }

  stop(): void {
    if (this.child.connected) this.child.send({ type: 'exit' } satisfies ParentMessage);
    this.child.kill();
  }
}

function machineInfo(): Omit<MachineInfo, 'loadEnd'> {
  return {
    node: process.version,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cpus: os.availableParallelism?.() ?? os.cpus().length,
    platform: `${os.platform()} ${os.arch()}`,
    loadStart: os.loadavg()[0],
    date: new Date().toISOString(),
  };
}

/** Runs every selected case of every workload for every contender. A contender that fails a case is recorded and left out of that case; the run goes on. */
export async function runBenchmarks(options: RunOptions): Promise<RunResult> {
  const start = machineInfo();
  const processes = options.contenders.map((name) => new ContenderProcess(name));
  const descriptions: Partial<Record<ContenderName, string>> = {};
  const cases: CaseResult[] = [];
  try {
    for (const contender of processes) {
      const ready = await contender.ready;
      if (ready.type === 'error') throw new Error(`${contender.name}: ${ready.message}`);
      if (ready.type === 'ready') descriptions[contender.name] = ready.description;
    }
    for (const workload of options.workloads) {
      const selected = workload
        .cases({ quick: options.quick })
        .filter((benchCase) => options.caseFilter.length === 0 || options.caseFilter.some((part) => benchCase.id.includes(part)));
      for (const benchCase of selected) {
        cases.push(await runCase(workload.name, benchCase, processes, options));
      }
    }
  } finally {
    for (const contender of processes) contender.stop();
  }
  return {
    machine: { ...start, loadEnd: os.loadavg()[0] },
    contenders: descriptions,
    options: { rounds: options.rounds, warmupMs: options.warmupMs, sampleMs: options.sampleMs, quick: options.quick },
    cases,
  };
}

/** Prepares one case in every contender, then times it round-robin. */
async function runCase(workload: string, benchCase: BenchCase, processes: readonly ContenderProcess[], options: RunOptions): Promise<CaseResult> {
  const result: CaseResult = { workload, benchCase, msPerCall: { wall: {}, cpu: {} }, errors: {} };
  const fail = (contender: ContenderProcess, error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    result.errors[contender.name] = message.split('\n')[0];
    options.log(`${workload} ${benchCase.id}: ${contender.name} failed: ${message}`);
  };
  let runners: ContenderProcess[] = [];
  for (const contender of processes) {
    if (benchCase.skip?.includes(contender.name)) continue;
    options.log(`${workload} ${benchCase.id}: warming up ${contender.name}`);
    try {
      await contender.request({ type: 'prepare', workload, caseId: benchCase.id, warmupMs: options.warmupMs, sampleMs: options.sampleMs });
      result.msPerCall.wall[contender.name] = [];
      result.msPerCall.cpu[contender.name] = [];
      runners.push(contender);
    } catch (error) {
      fail(contender, error);
    }
  }
  for (let round = 0; round < options.rounds && runners.length > 0; round++) {
    options.log(`${workload} ${benchCase.id}: round ${round + 1}/${options.rounds}`);
    const order = runners.map((_, turn) => runners[(round + turn) % runners.length]);
    for (const contender of order) {
      try {
        const reply = await contender.request({ type: 'measure' });
        if (reply.type === 'sample') {
          result.msPerCall.wall[contender.name]?.push(reply.wallMsPerCall);
          result.msPerCall.cpu[contender.name]?.push(reply.cpuMsPerCall);
        }
      } catch (error) {
        fail(contender, error);
        runners = runners.filter((runner) => runner !== contender);
      }
    }
  }
  return result;
}
