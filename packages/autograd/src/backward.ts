/**
 * Reverse-mode differentiation: a topological order of the recorded op calls,
 * then one walk from the output back to the leaves.
 */
import { ShapeError, Tensor, ValueError, formatShape, isTensor, shapesEqual } from '@mnemo/tensor';
import { accumulate } from './accumulate.js';
import type { GraphNode } from './graph-node.js';
import type { Variable } from './variable.js';

/**
 * Computes `d output / d leaf` for every leaf variable that requires a
 * gradient and ADDS it to the leaf's `.grad` (call `zeroGrad()` between steps).
 * Each op's backward runs once, after every consumer of every one of its
 * outputs has passed its gradient back. The graph is kept, so calling
 * backward again adds the same gradients again.
 *
 * Shapes: `gradOutput` has `output`'s shape (a number fills that shape); it
 * may be omitted only when `output` has one element, where it defaults to 1.
 *
 * @example
 * ```ts
 * const w = parameter([1, -2]);
 * const loss = sum(square(w));   // Σ w²
 * backward(loss);
 * w.grad?.toArray()              // [2, -4]
 * ```
 */
export function backward(output: Variable, gradOutput?: Tensor | number): void {
  const pending = new Map<GraphNode, (Tensor | null)[]>();
  deliver(pending, output, seedGradient(output, gradOutput));
  if (output.creator === null) return;
  const order = topologicalOrder(output.creator);
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k];
    const gradOutputs = pending.get(node);
    if (gradOutputs === undefined) continue; // no gradient reached this op call
    pending.delete(node);
    node.retained?.forEach((retained, index) => {
      if (retained !== undefined && gradOutputs[index] !== null) retained.grad = accumulate(retained.grad, gradOutputs[index]);
    });
    const gradInputs = node.backward(gradOutputs);
    node.inputs.forEach((input, index) => {
      if (input !== null && gradInputs[index] !== null) deliver(pending, input, gradInputs[index]);
    });
  }
}

/** Adds a gradient to a leaf's `.grad`, or to the pending gradients of the op output it is. */
function deliver(pending: Map<GraphNode, (Tensor | null)[]>, variable: Variable, gradient: Tensor): void {
  const creator = variable.creator;
  if (creator === null) {
    variable.grad = accumulate(variable.grad, gradient);
    return;
  }
  let slots = pending.get(creator);
  if (slots === undefined) {
    slots = new Array<Tensor | null>(creator.outputCount).fill(null);
    pending.set(creator, slots);
  }
  const index = variable.outputIndex;
  slots[index] = slots[index] === null ? gradient : accumulate(slots[index], gradient);
}

/** Op calls reachable from `root` through inputs that need gradients, each after all of its inputs' op calls. */
function topologicalOrder(root: GraphNode): GraphNode[] {
  const order: GraphNode[] = [];
  const visited = new Set<GraphNode>([root]);
  const stack: { node: GraphNode; next: number }[] = [{ node: root, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next === top.node.inputs.length) {
      stack.pop();
      order.push(top.node);
      continue;
    }
    const parent = top.node.inputs[top.next++]?.creator;
    if (parent != null && !visited.has(parent)) {
      visited.add(parent);
      stack.push({ node: parent, next: 0 });
    }
  }
  return order;
}

/** The gradient backward starts from: `gradOutput` checked against the output, or 1 for a one-element output. */
function seedGradient(output: Variable, gradOutput: Tensor | number | undefined): Tensor {
  if (!output.requiresGrad) {
    throw new ValueError(
      `backward(): the output of shape ${formatShape(output.shape)} does not require a gradient ` +
        '(no input requires one, or it was computed inside noGrad)',
    );
  }
  if (gradOutput === undefined) {
    if (output.size !== 1) {
      throw new ValueError(
        `backward(): output has shape ${formatShape(output.shape)}; pass gradOutput of that shape ` +
          '(the gradient of your objective with respect to it), or reduce the output to a scalar first, e.g. with sum()',
      );
    }
    return new Tensor(new Float32Array([1]), output.shape);
  }
  if (typeof gradOutput === 'number') {
    return new Tensor(new Float32Array(output.size).fill(gradOutput), output.shape);
  }
  if (!isTensor(gradOutput)) throw new ValueError('backward(gradOutput): gradOutput must be a Tensor or a number');
  if (!shapesEqual(gradOutput.shape, output.shape)) {
    throw new ShapeError(`backward(gradOutput): gradOutput is ${formatShape(gradOutput.shape)}, output is ${formatShape(output.shape)}`);
  }
  return gradOutput;
}
