/**
 * Whether ops record themselves for `backward()`. Recording is on by default;
 * {@link noGrad} turns it off for the duration of one synchronous call.
 */

let gradEnabled = true;

/**
 * True unless called inside {@link noGrad}: ops record the graph only when
 * this is true and at least one input requires a gradient.
 *
 * @example
 * ```ts
 * isGradEnabled();                 // true
 * noGrad(() => isGradEnabled());   // false
 * ```
 */
export function isGradEnabled(): boolean {
  return gradEnabled;
}

/**
 * Runs `fn` without recording: every Variable created inside has
 * `requiresGrad === false` and no history, so nothing is kept for backward.
 * Use it for evaluation, inference and parameter updates. Restores the
 * previous mode afterwards, also when `fn` throws. `fn` must be synchronous:
 * work after an `await` inside it runs with recording restored.
 *
 * @example
 * ```ts
 * const w = parameter(tensor([1, 2]));
 * const y = noGrad(() => mul(w, 3));
 * y.requiresGrad // false
 * ```
 */
export function noGrad<T>(fn: () => T): T {
  const previous = gradEnabled;
  gradEnabled = false;
  try {
    return fn();
  } finally {
    gradEnabled = previous;
  }
}
