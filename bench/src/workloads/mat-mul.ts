/**
 * Workload `mat-mul`: float32 matrix products, mnemo's `matMul` against
 * tfjs's `matMul` on the cpu and wasm backends.
 *
 * Cases: square products at n = 128, 512, 1024 (2n³ flops), and the shapes an
 * LSTM with hidden size 128 (4·hidden = 512 gate columns) multiplies:
 * - `lstm-step`: [32,128] @ [512,128]ᵀ, the recurrent product of one time step (batch 32);
 * - `lstm-step-batch1`: [1,128] @ [512,128]ᵀ, one step of batch-1 inference;
 * - `lstm-input`: [1024,64] @ [64,512], the input projection of a whole sequence;
 * - `lstm-weight-grad`: [1024,512]ᵀ @ [1024,128], a weight gradient (transposeA);
 * - `lstm-256`: [256,128] @ [128,512].
 */
import { matMul, Tensor } from '@mnemo/tensor';
import type { BenchCase, ContenderContext, Workload } from '../workload.js';

interface Product {
  id: string;
  m: number;
  n: number;
  k: number;
  transposeA: boolean;
  transposeB: boolean;
}

const PRODUCTS: readonly Product[] = [
  { id: 'square-128', m: 128, n: 128, k: 128, transposeA: false, transposeB: false },
  { id: 'square-512', m: 512, n: 512, k: 512, transposeA: false, transposeB: false },
  { id: 'square-1024', m: 1024, n: 1024, k: 1024, transposeA: false, transposeB: false },
  { id: 'lstm-step', m: 32, n: 512, k: 128, transposeA: false, transposeB: true },
  { id: 'lstm-step-batch1', m: 1, n: 512, k: 128, transposeA: false, transposeB: true },
  { id: 'lstm-input', m: 1024, n: 512, k: 64, transposeA: false, transposeB: false },
  { id: 'lstm-weight-grad', m: 512, n: 128, k: 1024, transposeA: true, transposeB: false },
  { id: 'lstm-256', m: 256, n: 512, k: 128, transposeA: false, transposeB: false },
];

/** Stored shapes of the operands (transposed operands are stored transposed). */
function operandShapes(product: Product): { a: [number, number]; b: [number, number] } {
  const { m, n, k, transposeA, transposeB } = product;
  return { a: transposeA ? [k, m] : [m, k], b: transposeB ? [n, k] : [k, n] };
}

function describeProduct(product: Product): string {
  const { a, b } = operandShapes(product);
  return `[${a.join(',')}]${product.transposeA ? 'ᵀ' : ''} @ [${b.join(',')}]${product.transposeB ? 'ᵀ' : ''}`;
}

/** Values in [-1, 1) from a small linear congruential generator: same inputs in every process. */
function fill(size: number, seed: number): Float32Array {
  const data = new Float32Array(size);
  let state = seed >>> 0;
  for (let i = 0; i < size; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    data[i] = state / 2 ** 31 - 1;
  }
  return data;
}

export const matMulWorkload: Workload = {
  name: 'mat-mul',
  description: 'float32 matrix products: square n = 128, 512, 1024 and the shapes of an LSTM (hidden 128, batch 32)',

  cases({ quick }): BenchCase[] {
    const products = quick ? PRODUCTS.filter((product) => product.id !== 'square-1024') : PRODUCTS;
    return products.map((product) => ({ id: product.id, label: describeProduct(product), flops: 2 * product.m * product.n * product.k }));
  },

  prepare(caseId: string, context: ContenderContext): () => void {
    const product = PRODUCTS.find((candidate) => candidate.id === caseId);
    if (!product) throw new Error(`mat-mul: unknown case "${caseId}"`);
    const shapes = operandShapes(product);
    const aData = fill(shapes.a[0] * shapes.a[1], 1);
    const bData = fill(shapes.b[0] * shapes.b[1], 2);
    const options = { transposeA: product.transposeA, transposeB: product.transposeB };
    if (context.contender === 'mnemo') {
      const a = new Tensor(aData, shapes.a);
      const b = new Tensor(bData, shapes.b);
      return () => {
        matMul(a, b, options);
      };
    }
    const { tf } = context;
    const a = tf.tensor2d(aData, shapes.a);
    const b = tf.tensor2d(bData, shapes.b);
    return () => {
      const result = tf.matMul(a, b, options.transposeA, options.transposeB);
      result.dataSync();
      result.dispose();
    };
  },
};
