/**
 * Internal: summing gradients that arrive at the same place. Always returns a
 * fresh tensor, so a gradient stored in `.grad` never aliases a tensor that an
 * op's backward returned (and that may be shared with another input).
 */
import { Tensor } from '@mnemo/tensor';

/** A fresh tensor equal to `gradient` (when `total` is null) or to `total + gradient`; shapes are already checked equal. */
export function accumulate(total: Tensor | null, gradient: Tensor): Tensor {
  const data = new Float32Array(gradient.size);
  if (total === null) {
    data.set(gradient.data);
  } else {
    const left = total.data;
    const right = gradient.data;
    for (let i = 0; i < data.length; i++) data[i] = left[i] + right[i];
  }
  return new Tensor(data, gradient.shape);
}
