/**
 * Matrix product, batched with broadcasting, with transpose flags.
 */
import * as raw from '@mnemo/tensor';
import { defineOp } from './define-op.js';
import { reduceTo, viewAs } from './gradient-shapes.js';
import type { Input, Variable } from './variable.js';

/** Options of {@link matMul}: multiply by the transpose of a's or b's last two axes. */
export interface MatMulOptions {
  /** a is [..., k, m] and enters as its transpose. Default false. */
  transposeA?: boolean;
  /** b is [..., n, k] and enters as its transpose. Default false. */
  transposeB?: boolean;
}

/**
 * The gradient of b for C = op(a)·op(b) when b has no batch axes but a has:
 * every batch used the same b, so flatten a's batch into its rows and make
 * it one GEMM, instead of a batched product followed by a sum over batches.
 */
function sharedRightGradient(gradOutput: raw.Tensor, a: raw.Tensor, transposeB: boolean): raw.Tensor {
  const rows = (shape: readonly number[]): number[] => [shape.slice(0, -1).reduce((n, size) => n * size, 1), shape[shape.length - 1]];
  const flatA = viewAs(a, rows(a.shape));
  const flatGrad = viewAs(gradOutput, rows(gradOutput.shape));
  return transposeB ? raw.matMul(flatGrad, flatA, { transposeA: true }) : raw.matMul(flatA, flatGrad, { transposeA: true });
}

const matMulOp = defineOp({
  name: 'matMul',
  forward: ([a, b], { transposeA = false, transposeB = false }: MatMulOptions) => raw.matMul(a, b, { transposeA, transposeB }),
  // With C = op(a)·op(b): d op(a) = G·op(b)ᵀ and d op(b) = op(a)ᵀ·G, each transposed
  // back when op transposes. Every product reads its operands through the transpose
  // flags (nothing is materialized); broadcast batch axes are summed back afterwards.
  backward: (gradOutput, { inputs: [a, b], options: { transposeA = false, transposeB = false }, needsInputGrad }) => {
    let gradA: raw.Tensor | null = null;
    let gradB: raw.Tensor | null = null;
    if (needsInputGrad[0]) {
      gradA = transposeA
        ? raw.matMul(b, gradOutput, { transposeA: transposeB, transposeB: true })
        : raw.matMul(gradOutput, b, { transposeB: !transposeB });
      gradA = reduceTo(gradA, a.shape);
    }
    if (needsInputGrad[1]) {
      if (b.rank === 2 && a.rank > 2 && !transposeA) {
        gradB = sharedRightGradient(gradOutput, a, transposeB);
      } else {
        gradB = transposeB
          ? raw.matMul(gradOutput, a, { transposeA: true, transposeB: transposeA })
          : raw.matMul(a, gradOutput, { transposeA: !transposeA });
        gradB = reduceTo(gradB, b.shape);
      }
    }
    return [gradA, gradB];
  },
});

/**
 * Matrix product over the last two axes, batched over the leading ones:
 * out[..., i, j] = Σₚ op(a)[..., i, p] · op(b)[..., p, j], op transposing the
 * last two axes when the matching flag is set. Gradients: G·op(b)ᵀ and
 * op(a)ᵀ·G, computed with transpose flags (never materialized transposes) and
 * summed over broadcast batch axes.
 *
 * Shapes: a is [..., m, k] ([..., k, m] with `transposeA`), b is [..., k, n]
 * ([..., n, k] with `transposeB`); batch axes broadcast; the output is
 * [...batch, m, n]. Both need rank ≥ 2 (use expandDims for a vector).
 *
 * @example
 * ```ts
 * const x = variable([[1, 2]]);                  // [1, 2]
 * const w = parameter([[1, 0], [0, 1], [1, 1]]); // [3, 2]: [out, in]
 * matMul(x, w, { transposeB: true }).value.toArray() // [[1, 2, 3]]
 * ```
 */
export function matMul(a: Input, b: Input, options: MatMulOptions = {}): Variable {
  return matMulOp([a, b], options);
}
