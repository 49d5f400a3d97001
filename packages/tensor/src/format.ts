/**
 * NumPy-like printing of tensors: aligned columns, nested brackets, and an
 * ellipsis in the middle of any axis longer than `edgeItems * 2` once the
 * tensor has more than `threshold` elements.
 */
import type { Tensor } from './tensor.js';

/** Options for {@link formatTensor}. */
export interface FormatOptions {
  /** Elements beyond which axes are elided. Default 1000 (NumPy's). */
  threshold?: number;
  /** Items shown at each end of an elided axis. Default 3. */
  edgeItems?: number;
  /** Significant digits. Default 4. */
  precision?: number;
}

function formatNumber(value: number, precision: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (Number.isInteger(value) && Math.abs(value) < 1e9) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e9)) return value.toExponential(precision - 1);
  return String(Number(value.toPrecision(precision)));
}

/**
 * Renders a tensor the way `String(t)` and `console.log(t)` show it.
 *
 * @example
 * ```ts
 * formatTensor(tensor([[1, 2], [3, 4]]))
 * // tensor([[1, 2],
 * //         [3, 4]], shape=[2,2])
 * ```
 */
export function formatTensor(t: Tensor, options: FormatOptions = {}): string {
  const { threshold = 1000, edgeItems = 3, precision = 4 } = options;
  const { shape, data } = t;
  const elide = t.size > threshold;
  const prefix = 'tensor(';
  if (shape.length === 0) return `${prefix}${formatNumber(data[0], precision)}, shape=[])`;

  const indicesOf = (size: number): (number | null)[] =>
    elide && size > 2 * edgeItems
      ? [...Array.from({ length: edgeItems }, (_, i) => i), null, ...Array.from({ length: edgeItems }, (_, i) => size - edgeItems + i)]
      : Array.from({ length: size }, (_, i) => i);

  const strides: number[] = [];
  let stride = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = stride;
    stride *= shape[i];
  }

  // First pass: the text of every shown element, for column width.
  let width = 1;
  const visit = (axis: number, offset: number): void => {
    for (const index of indicesOf(shape[axis])) {
      if (index === null) continue;
      const at = offset + index * strides[axis];
      if (axis === shape.length - 1) width = Math.max(width, formatNumber(data[at], precision).length);
      else visit(axis + 1, at);
    }
  };
  visit(0, 0);

  const render = (axis: number, offset: number, indent: string): string => {
    const parts: string[] = [];
    for (const index of indicesOf(shape[axis])) {
      if (index === null) {
        parts.push('...');
        continue;
      }
      const at = offset + index * strides[axis];
      parts.push(axis === shape.length - 1 ? formatNumber(data[at], precision).padStart(width) : render(axis + 1, at, indent + ' '));
    }
    if (axis === shape.length - 1) return `[${parts.join(', ')}]`;
    const separator = ',' + '\n'.repeat(shape.length - 1 - axis) + indent + ' ';
    return `[${parts.join(separator)}]`;
  };
  const body = shape.includes(0) ? '[]' : render(0, 0, ' '.repeat(prefix.length));
  return `${prefix}${body}, shape=[${shape.join(',')}])`;
}
