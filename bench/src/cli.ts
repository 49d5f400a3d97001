/**
 * Command-line options of `pnpm bench`.
 */
import { parseArgs } from 'node:util';
import type { Clock } from './runner.js';
import { CONTENDERS, type ContenderName } from './workload.js';

export const USAGE = `Usage: pnpm bench [options]

  -w, --workload NAME[,NAME]   workloads to run (default: all; see --list)
  -c, --case TEXT[,TEXT]       only cases whose id contains one of these, e.g. 512,lstm
      --contenders A[,B]       among ${CONTENDERS.join(', ')} (default: all)
  -r, --rounds N               timed rounds per case and contender (default 7; quick 3)
      --sample-ms MS           target time of one round (default 200; quick 60)
      --warmup-ms MS           minimum warm-up per case and contender (default 300; quick 100)
      --clock wall|cpu         time the table is built from (default wall); cpu = the
                               process's CPU time, steadier on a busy shared machine
  -q, --quick                  fewer rounds, shorter rounds, smaller cases
      --json FILE              also write the raw timings (both clocks) as JSON
      --from-json FILE         print the table of a saved run instead of running
      --list                   list workloads and their cases, then exit
  -h, --help                   this text`;

/** Parsed options; numbers already checked. */
export interface CliOptions {
  workloads: string[];
  cases: string[];
  contenders: ContenderName[];
  rounds: number;
  sampleMs: number;
  warmupMs: number;
  clock: Clock;
  quick: boolean;
  json: string | undefined;
  fromJson: string | undefined;
  list: boolean;
  help: boolean;
}

function list(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(',').map((part) => part.trim()).filter(Boolean);
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`--${name} must be a positive number, got "${value}"`);
  return number;
}

/** Parses `argv` (without the node and script paths); throws with a message on bad input. */
export function parseCli(argv: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      workload: { type: 'string', short: 'w' },
      case: { type: 'string', short: 'c' },
      contenders: { type: 'string' },
      rounds: { type: 'string', short: 'r' },
      'sample-ms': { type: 'string' },
      'warmup-ms': { type: 'string' },
      clock: { type: 'string', default: 'wall' },
      quick: { type: 'boolean', short: 'q', default: false },
      json: { type: 'string' },
      'from-json': { type: 'string' },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const quick = values.quick ?? false;
  const contenders = list(values.contenders);
  for (const name of contenders) {
    if (!(CONTENDERS as readonly string[]).includes(name)) throw new Error(`--contenders: unknown contender "${name}"; known: ${CONTENDERS.join(', ')}`);
  }
  const clock = values.clock ?? 'wall';
  if (clock !== 'wall' && clock !== 'cpu') throw new Error(`--clock must be wall or cpu, got "${clock}"`);
  const rounds = positive('rounds', values.rounds, quick ? 3 : 7);
  if (!Number.isInteger(rounds)) throw new Error(`--rounds must be an integer, got "${values.rounds}"`);
  return {
    workloads: list(values.workload),
    cases: list(values.case),
    contenders: contenders.length > 0 ? (contenders as ContenderName[]) : [...CONTENDERS],
    rounds,
    sampleMs: positive('sample-ms', values['sample-ms'], quick ? 60 : 200),
    warmupMs: positive('warmup-ms', values['warmup-ms'], quick ? 100 : 300),
    clock,
    quick,
    json: values.json,
    fromJson: values['from-json'],
    list: values.list ?? false,
    help: values.help ?? false,
  };
}
