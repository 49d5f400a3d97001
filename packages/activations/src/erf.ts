/**
 * Internal: the complementary error function, which JavaScript's Math lacks.
 */

/**
 * erfc(x) = 1 − erf(x) = (2/√π) ∫ₓ^∞ e^(−t²) dt, with fractional error below
 * 1.2e-7 for every x (the Chebyshev fit of Numerical Recipes, §6.2), i.e. at
 * float32 precision, including far in the tail where erfc is tiny.
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const polynomial =
    -z * z - 1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const tail = t * Math.exp(polynomial);
  return x >= 0 ? tail : 2 - tail;
}
