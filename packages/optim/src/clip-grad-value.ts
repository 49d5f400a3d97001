/**
 * clipGradValue: clamps every gradient element into [-limit, limit], as
 * `torch.nn.utils.clip_grad_value_`.
 */
import { checkNumber, numberOption } from './options.js';
import { flattenParameters, type ParameterList } from './parameters.js';

const limitRange = numberOption(0, { min: 0 });

/**
 * Clamps each gradient element into `[-limit, limit]`, in place:
 * `g_i ← min(max(g_i, −limit), limit)`. Unlike {@link clipGradNorm} it
 * changes the gradient's direction. Parameters whose `grad` is null are
 * skipped; NaN elements stay NaN (so `optimizer.step()` still reports them).
 *
 * @param params parameters or `[name, parameter]` pairs.
 * @param limit the largest allowed magnitude, a finite number >= 0.
 *
 * @example
 * ```ts
 * const w = parameter([0, 0, 0]);
 * w.grad = tensor([-5, 0.5, 3]);
 * clipGradValue([w], 1);
 * w.grad.toArray() // [-1, 0.5, 1]
 * ```
 */
export function clipGradValue(params: ParameterList, limit: number): void {
  const context = 'clipGradValue(params, limit)';
  checkNumber(context, 'limit', limit, limitRange);
  for (const parameter of flattenParameters(context, 'params', params).parameters) {
    const data = parameter.grad?.data;
    if (data === undefined) continue;
    for (let i = 0; i < data.length; i++) {
      const value = data[i];
      if (value > limit) data[i] = limit;
      else if (value < -limit) data[i] = -limit;
    }
  }
}
