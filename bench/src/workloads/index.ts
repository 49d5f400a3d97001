/**
 * Every workload of the suite, in the order a full run measures them.
 * Add a workload by writing `workloads/<name>.ts` and listing it here.
 */
import type { Workload } from '../workload.js';
import { lstmInferWorkload } from './lstm-infer.js';
import { lstmTrainWorkload } from './lstm-train.js';
import { matMulWorkload } from './mat-mul.js';

export const WORKLOADS: readonly Workload[] = [matMulWorkload, lstmTrainWorkload, lstmInferWorkload];

/** The workload called `name`; throws listing the known names otherwise. */
export function findWorkload(name: string): Workload {
  const workload = WORKLOADS.find((candidate) => candidate.name === name);
  if (!workload) throw new Error(`unknown workload "${name}"; known: ${WORKLOADS.map((w) => w.name).join(', ')}`);
  return workload;
}
