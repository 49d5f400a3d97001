/**
 * Internal: one recorded call of an op, the unit `backward()` walks over.
 */
import type { Tensor } from '@mnemo/tensor';
import type { Variable } from './variable.js';

/** What backward needs from one op call: where gradients go and how to compute them. */
export interface GraphNode {
  /** The op's name, for error messages. */
  readonly name: string;
  /** The inputs that need a gradient; `null` at the positions of inputs that do not. */
  readonly inputs: readonly (Variable | null)[];
  /** How many outputs the op returned. */
  readonly outputCount: number;
  /** Outputs that called `retainGrad()`, by output index. */
  retained: (Variable | undefined)[] | undefined;
  /** One gradient per output (null where none arrived) to one gradient per input, shapes checked. */
  backward(gradOutputs: readonly (Tensor | null)[]): readonly (Tensor | null)[];
}
