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
    reflectColumns(columns, m, k, k + 1, n, v, scale);
  }

  // Q = H_0 H_1 ... H_{n-1} [I; 0]: apply the reflectors in reverse order to the identity's first n
  // columns. Columns left of k are still unit vectors with zeros in rows k.., so H_k leaves them alone.
  const q = new Float64Array(m * n);
  for (let j = 0; j < n; j++) q[j * m + j] = 1;
  for (let k = n - 1; k >= 0; k--) {
    const v = reflectors[k];
    if (v !== null) reflectColumns(q, m, k, k, n, v, scales[k]);
  }
  for (let j = 0; j < n; j++) {
    if (signs[j] < 0) for (let i = 0; i < m; i++) q[j * m + i] = -q[j * m + i];
  }
  return q;
}

/**
 * Applies the reflector (rows k.. of columns from..n-1 of a column-major matrix with m rows):
 * x -= scale · v · (vᵀx) for each column x. Columns go in pairs, sharing each load of v
 * between two dot products and two updates.
 */
function reflectColumns(target: Float64Array, m: number, k: number, from: number, n: number, v: Float64Array, scale: number): void {
  const length = v.length;
  let j = from;
  for (; j + 1 < n; j += 2) {
    const first = j * m + k;
    const second = first + m;
    let dotFirst = 0, dotSecond = 0;
    for (let i = 0; i < length; i++) {
      dotFirst += v[i] * target[first + i];
      dotSecond += v[i] * target[second + i];
    }
    const factorFirst = scale * dotFirst;
    const factorSecond = scale * dotSecond;
    for (let i = 0; i < length; i++) {
      target[first + i] -= factorFirst * v[i];
      target[second + i] -= factorSecond * v[i];
    }
  }
  if (j < n) {
    const start = j * m + k;
    let dot = 0;
    for (let i = 0; i < length; i++) dot += v[i] * target[start + i];
    const factor = scale * dot;
    for (let i = 0; i < length; i++) target[start + i] -= factor * v[i];
  }
}
