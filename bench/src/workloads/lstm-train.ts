/**
 * Workload `lstm-train` (W1): one training step of the LSTM model
 * (./lstm-model.ts) at batch 32, sequence length 32: forward, binary
 * cross-entropy, backward through time, Adam update.
 *
 * Cases:
 * - `w1-train`: mnemo trains everything; the tfjs contenders train with the
 *   embedding frozen (mnemo does more work): tfjs-wasm cannot train the
 *   embedding at all ("Kernel 'UnsortedSegmentSum' not registered for backend
 *   'wasm'"), and tfjs-cpu's embedding gradient dominates its step.
 * - `w1-train-full-embedding`: mnemo and tfjs-cpu, both training the
 *   embedding. tfjs-cpu needs ~36 s per step here, so this case runs only with
 *   `MNEMO_BENCH_FULL_W1=1` in the environment (see the README).
 */
import type { BenchCase, ContenderContext, Workload } from '../workload.js';
import { mnemoModel, tfjsModel } from './lstm-model.js';

const BATCH = 32;
const MODEL = 'Embedding 4000x64 → LSTM 128 → Linear 1, BCE, Adam, B=32, T=32';

export const lstmTrainWorkload: Workload = {
  name: 'lstm-train',
  description: `W1: one training step of ${MODEL}`,

  cases(): BenchCase[] {
    const cases: BenchCase[] = [{ id: 'w1-train', label: `${MODEL} (tfjs: embedding frozen)` }];
    if (process.env.MNEMO_BENCH_FULL_W1 === '1') {
      cases.push({ id: 'w1-train-full-embedding', label: `${MODEL}, embedding trained by all`, skip: ['tfjs-wasm'] });
    }
    return cases;
  },

  prepare(caseId: string, context: ContenderContext): () => void {
    if (caseId !== 'w1-train' && caseId !== 'w1-train-full-embedding') throw new Error(`lstm-train: unknown case "${caseId}"`);
    if (context.contender === 'mnemo') return mnemoModel(BATCH).trainStep;
    return tfjsModel(context.tf, BATCH, caseId === 'w1-train').trainStep;
  },
};
