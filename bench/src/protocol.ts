/**
 * Messages between the parent (the scheduler) and a contender's child
 * process, over Node's IPC channel.
 */
import type { ContenderName } from './workload.js';

/** Parent to child. */
export type ParentMessage =
  | { type: 'prepare'; workload: string; caseId: string; warmupMs: number; sampleMs: number }
  | { type: 'measure' }
  | { type: 'exit' };

/** Child to parent. */
export type ChildMessage =
  | { type: 'ready'; contender: ContenderName; description: string }
  | { type: 'prepared'; repetitions: number }
  | { type: 'sample'; wallMsPerCall: number; cpuMsPerCall: number }
  | { type: 'error'; message: string };
