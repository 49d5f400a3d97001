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
  const seed = seedGradient(output, gradOutput);
  if (output.creator === null) {
    output.grad = accumulate(output.grad, seed);
    return;
  }
  const pending = new Map<GraphNode, (Tensor | null)[]>([[output.creator, gradientSlots(output.creator, output.outputIndex, seed)]]);
  const order = topologicalOrder(output.creator);
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k];
    const gradOutputs = pending.get(node);
    if (gradOutputs === undefined) continue;
    pending.delete(node);
    node.retained?.forEach((retained, index) => {
      if (retained !== undefined && gradOutputs[index] !== null) retained.grad = accumulate(retained.grad, gradOutputs[index]);
    });
    const gradInputs = node.backward(gradOutputs);
    node.inputs.forEach((input, index) => {
      const gradient = gradInputs[index];
      if (input === null || gradient === null) return;
      if (input.creator === null) {
        input.grad = accumulate(input.grad, gradient);
        return;
      }
      const slots = pending.get(input.creator);
      if (slots === undefined) pending.set(input.creator, gradientSlots(input.creator, input.outputIndex, gradient));
      else slots[input.outputIndex] = slots[input.outputIndex] === null ? gradient : accumulate(slots[input.outputIndex], gradient);
    });
  }
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

function gradientSlots(node: GraphNode, index: number, gradient: Tensor): (Tensor | null)[] {
  const slots = new Array<Tensor | null>(node.outputCount).fill(null);
  slots[index] = gradient;
  return slots;
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
