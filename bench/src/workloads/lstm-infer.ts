/**
 * Workload `lstm-infer` (W2): inference of the LSTM model (./lstm-model.ts),
 * token ids to probabilities, at batch 1 and batch 256 (sequence length 32).
 */
import type { BenchCase, ContenderContext, Workload } from '../workload.js';
import { mnemoModel, tfjsModel } from './lstm-model.js';

const BATCHES: Record<string, number> = { 'w2-infer-b1': 1, 'w2-infer-b256': 256 };

export const lstmInferWorkload: Workload = {
  name: 'lstm-infer',
  description: 'W2: inference of Embedding 4000x64 → LSTM 128 → Linear 1 → sigmoid, T=32, at batch 1 and 256',

  cases(): BenchCase[] {
    return Object.entries(BATCHES).map(([id, batch]) => ({ id, label: `forward pass, B=${batch}, T=32` }));
  },

  prepare(caseId: string, context: ContenderContext): () => void {
    const batch = BATCHES[caseId];
    if (batch === undefined) throw new Error(`lstm-infer: unknown case "${caseId}"`);
    const model = context.contender === 'mnemo' ? mnemoModel(batch) : tfjsModel(context.tf, batch, true);
    return () => {
      model.predict();
    };
  },
};
