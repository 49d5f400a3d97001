/**
 * What a workload is: a named set of cases, each timed for every contender.
 *
 * A workload file in `workloads/` exports one `Workload` and is listed in
 * `workloads/index.ts`. The parent process only reads `cases()`; `prepare()`
 * runs inside a contender's child process and must not import tfjs at module
 * level (use `import type` and the `tf` handed over in the context), so the
 * mnemo process never loads tfjs.
 */
import type * as tfjs from '@tensorflow/tfjs';

/** The libraries measured. Each runs in its own child process. */
export const CONTENDERS = ['mnemo', 'tfjs-cpu', 'tfjs-wasm'] as const;
export type ContenderName = (typeof CONTENDERS)[number];

/** One timed operation of a workload, e.g. a 512 x 512 matrix product. */
export interface BenchCase {
  /** Stable id used on the command line (`--case`), e.g. `square-512`. */
  id: string;
  /** What is measured, for the table, e.g. `[512,512] @ [512,512]`. */
  label: string;
  /** Floating-point operations of one call, for GFLOP/s; omit to report time per call. */
  flops?: number;
  /** Contenders that cannot run this case (a feature a peer lacks); all others run it. */
  skip?: readonly ContenderName[];
}

/** What a child process hands to `prepare`. */
export type ContenderContext =
  | { contender: 'mnemo' }
  | { contender: 'tfjs-cpu' | 'tfjs-wasm'; tf: typeof tfjs };

/** Options that shape a run's cases. */
export interface CaseOptions {
  /** A short run: fewer or smaller cases where the workload wants that. */
  quick: boolean;
}

/** A benchmark workload. */
export interface Workload {
  /** Name used on the command line (`--workload`), kebab-case. */
  name: string;
  /** One sentence: what it measures. */
  description: string;
  /** The cases of a run. */
  cases(options: CaseOptions): BenchCase[];
  /**
   * Builds inputs for one case and returns the function to time: one call does
   * the case's work once, completely (a tfjs result read back with
   * `dataSync()` and disposed). Called once per case in the child process.
   */
  prepare(caseId: string, context: ContenderContext): (() => void) | Promise<() => void>;
}
