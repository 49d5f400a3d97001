/**
 * Householder QR in float64 (internal): the orthonormal factor Q of a tall
 * matrix, with the signs fixed so that R has a positive diagonal.
 */

/**
 * Returns Q (m×n, orthonormal columns) from the QR factorization A = Q·R of
 * a tall matrix A (m×n, m >= n), with each column of Q multiplied by the sign
 * of R's diagonal entry. That makes Q unique, and for a Gaussian A uniformly
 * distributed over the orthogonal matrices (Mezzadri 2007; the correction
 * PyTorch's `orthogonal_` applies).
 *
 * Both A and Q are COLUMN-major (`a[j * m + i]` is row i, column j), so a
 * reflector H = I - (2/vᵀv)·v·vᵀ is applied column by column, a dot product
 * and an update over the same contiguous column that stays in L1 cache: about
 * twice as fast as streaming a row-major matrix twice per reflector.
 * `columns` is overwritten. Cost about 4·m·n² flops.
 */
export function orthonormalFactor(columns: Float64Array, m: number, n: number): Float64Array {
  const reflectors: (Float64Array | null)[] = new Array(n).fill(null);
  const scales = new Float64Array(n);
  const signs = new Float64Array(n);

  // Factor: reflector k zeroes column k below the diagonal; apply it to the columns right of k.
  for (let k = 0; k < n; k++) {
    const column = k * m;
    let normSquared = 0;
    for (let i = k; i < m; i++) normSquared += columns[column + i] * columns[column + i];
    const norm = Math.sqrt(normSquared);
    const head = columns[column + k];
    signs[k] = 1;
    if (norm === 0) continue;
    const diagonal = head >= 0 ? -norm : norm; // R[k][k], with the sign opposite to head to avoid cancellation
    signs[k] = diagonal > 0 ? 1 : -1;
    const v = columns.slice(column + k, column + m);
    v[0] = head - diagonal;
    const scale = 2 / (normSquared - head * head + v[0] * v[0]);
    reflectors[k] = v;
    scales[k] = scale;
    for (let j = k + 1; j < n; j++) reflect(columns, j * m + k, v, scale);
  }

  // Q = H_0 H_1 ... H_{n-1} [I; 0]: apply the reflectors in reverse order to the identity's first n
  // columns. Columns left of k are still unit vectors with zeros in rows k.., so H_k leaves them alone.
  const q = new Float64Array(m * n);
  for (let j = 0; j < n; j++) q[j * m + j] = 1;
  for (let k = n - 1; k >= 0; k--) {
    const v = reflectors[k];
    if (v !== null) for (let j = k; j < n; j++) reflect(q, j * m + k, v, scales[k]);
  }
  for (let j = 0; j < n; j++) {
    if (signs[j] < 0) for (let i = 0; i < m; i++) q[j * m + i] = -q[j * m + i];
  }
  return q;
}

/**
 * x -= scale · v · (vᵀx) for the segment x = target[start .. start + v.length).
 * The dot product keeps four partial sums so the additions can overlap.
 */
function reflect(target: Float64Array, start: number, v: Float64Array, scale: number): void {
  const length = v.length;
  const bulk = length - (length % 4);
  let dot0 = 0, dot1 = 0, dot2 = 0, dot3 = 0;
  for (let i = 0; i < bulk; i += 4) {
    dot0 += v[i] * target[start + i];
    dot1 += v[i + 1] * target[start + i + 1];
    dot2 += v[i + 2] * target[start + i + 2];
    dot3 += v[i + 3] * target[start + i + 3];
  }
  for (let i = bulk; i < length; i++) dot0 += v[i] * target[start + i];
  const factor = scale * (dot0 + dot1 + dot2 + dot3);
  if (factor === 0) return;
  for (let i = 0; i < length; i++) target[start + i] -= factor * v[i];
}
