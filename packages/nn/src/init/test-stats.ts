/** Sample statistics for the initializer tests (test-only helper). */
export function stats(data: Float32Array): { mean: number; std: number; min: number; max: number } {
  let sum = 0, min = Infinity, max = -Infinity;
  for (const x of data) {
    sum += x;
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const mean = sum / data.length;
  let squares = 0;
  for (const x of data) squares += (x - mean) ** 2;
  return { mean, std: Math.sqrt(squares / data.length), min, max };
}
