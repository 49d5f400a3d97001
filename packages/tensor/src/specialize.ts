/**
 * Per-op copies of a generic loop, so that V8 inlines the scalar function.
 *
 * A loop that calls a function argument, `out[i] = op(a[i], b[i])`, is fast
 * only while one function flows through it. Once `add`, `mul` and `maximum`
 * share the loop, V8 stops inlining `op` and every element pays a call:
 * measured ~8x slower on Node 20 (1.3 ns/element hand-written, ~10 ns shared).
 * Writing the loop once per op would mean dozens of copies, so instead each op
 * gets its own copy compiled from the generic loop's source text, with `op`
 * bound as a constant; V8 then inlines it and the copy runs at hand-written
 * speed. The source must differ per op (a comment carries the name), or V8's
 * compilation cache hands every op the same function and its shared feedback.
 *
 * Where code generation is unavailable (a strict Content-Security-Policy, a
 * coverage tool rewriting the loop's source), the generic loop is used as is:
 * same results, just slower.
 */

/** A generic loop: its first parameter is the scalar function it applies. */
export type Walker<Op, Args extends unknown[]> = (op: Op, ...args: Args) => void;

/**
 * Returns a getter for `walker` specialised to `op`, compiled on first use.
 * `walker` must be self-contained: it may use only its parameters and
 * globals such as `Math`, because it is recompiled from its source text.
 * `probe` runs the compiled copy once on a tiny input and must throw if the
 * result is wrong; on any failure the generic walker is used.
 */
export function specialize<Op, Args extends unknown[]>(
  name: string,
  walker: Walker<Op, Args>,
  op: Op,
  probe: (kernel: (...args: Args) => void) => void,
): () => (...args: Args) => void {
  let kernel: ((...args: Args) => void) | undefined;
  return () => (kernel ??= compile(name, walker, op, probe));
}

function compile<Op, Args extends unknown[]>(
  name: string,
  walker: Walker<Op, Args>,
  op: Op,
  probe: (kernel: (...args: Args) => void) => void,
): (...args: Args) => void {
  const generic = (...args: Args): void => walker(op, ...args);
  try {
    const source =
      `"use strict"; // mnemo kernel: ${name.replace(/[\r\n]/g, ' ')}\n` +
      `const walk = ${walker.toString()};\n` +
      'return function (p0, p1, p2, p3, p4, p5, p6, p7) { walk(op, p0, p1, p2, p3, p4, p5, p6, p7); };';
    const compiled = new Function('op', source)(op) as (...args: Args) => void;
    probe(compiled);
    return compiled;
  } catch {
    return generic;
  }
}
