/**
 * StandardScaler: zero-mean, unit-variance scaling of a series, invertible.
 */
import { FormatError, isTensor, Tensor, ValueError } from '@mnemo/tensor';
import { describe } from './options.js';
import { seriesValues, type SeriesLike } from './series-values.js';

/** The plain-data form of a fitted {@link StandardScaler}. */
export interface StandardScalerJSON {
  mean: number;
  std: number;
}

/**
 * Scales values to zero mean and unit variance with statistics learned by
 * `fit`, and maps model outputs back with `inverseTransform`:
 *
 * ```text
 * transform(x)        = (x - mean) / std
 * inverseTransform(z) = z · std + mean
 * ```
 *
 * `std` is the population standard deviation of the fitted values; a constant
 * series (std 0) gets std 1 (as scikit-learn does), so transform only centres it.
 * Fit on the training part only, then transform both parts. Univariate: one
 * mean and one std for every value.
 *
 * @example
 * ```ts
 * const scaler = new StandardScaler().fit([10, 20, 30]);
 * scaler.transform([10, 30])                 // Float32Array [-1.2247, 1.2247]
 * scaler.inverseTransform(tensor([[0]]))     // Tensor [[20]]
 * StandardScaler.fromJSON(scaler.toJSON())   // the same scaling, e.g. saved beside the model
 * ```
 */
export class StandardScaler {
  private statistics: StandardScalerJSON | undefined;

  /** Learns mean and std from `values` (at least one finite number). Returns this scaler. */
  fit(values: SeriesLike): this {
    const data = seriesValues('StandardScaler.fit(values)', 'values', values);
    if (data.length === 0) throw new ValueError('StandardScaler.fit(values): values is empty; need at least one value');
    let sum = 0;
    for (let index = 0; index < data.length; index++) sum += data[index];
    const mean = sum / data.length;
    let squares = 0;
    for (let index = 0; index < data.length; index++) squares += (data[index] - mean) ** 2;
    const std = Math.sqrt(squares / data.length);
    this.statistics = { mean, std: std > 0 ? std : 1 };
    return this;
  }

  /** The fitted mean; throws before `fit`. */
  get mean(): number {
    return this.fitted('mean').mean;
  }

  /** The fitted standard deviation (1 for a constant series); throws before `fit`. */
  get std(): number {
    return this.fitted('std').std;
  }

  /** `(x - mean) / std`, elementwise: a Tensor of the same shape for a Tensor, else a Float32Array. */
  transform(values: Tensor): Tensor;
  transform(values: ArrayLike<number>): Float32Array;
  transform(values: SeriesLike): Tensor | Float32Array {
    const { mean, std } = this.fitted('transform');
    return mapValues('StandardScaler.transform(values)', values, (value) => (value - mean) / std);
  }

  /** `z · std + mean`, elementwise: a Tensor of the same shape for a Tensor (e.g. predictions `[N, H]`), else a Float32Array. */
  inverseTransform(values: Tensor): Tensor;
  inverseTransform(values: ArrayLike<number>): Float32Array;
  inverseTransform(values: SeriesLike): Tensor | Float32Array {
    const { mean, std } = this.fitted('inverseTransform');
    return mapValues('StandardScaler.inverseTransform(values)', values, (value) => value * std + mean);
  }

  /** `{ mean, std }`, for `JSON.stringify`; throws before `fit`. */
  toJSON(): StandardScalerJSON {
    return { ...this.fitted('toJSON') };
  }

  /** A fitted scaler from `toJSON()` output (the object or its JSON text); FormatError when malformed. */
  static fromJSON(json: unknown): StandardScaler {
    const op = 'StandardScaler.fromJSON(json)';
    let data = json;
    if (typeof json === 'string') {
      try {
        data = JSON.parse(json);
      } catch (error) {
        throw new FormatError(`${op}: not valid JSON (${(error as Error).message})`);
      }
    }
    const { mean, std } = (data ?? {}) as Partial<StandardScalerJSON>;
    if (typeof mean !== 'number' || !Number.isFinite(mean) || typeof std !== 'number' || !Number.isFinite(std) || std <= 0) {
      throw new FormatError(`${op}: expected { mean: finite number, std: positive finite number }, got ${describe(data)} with mean ${describe(mean)}, std ${describe(std)}`);
    }
    const scaler = new StandardScaler();
    scaler.statistics = { mean, std };
    return scaler;
  }

  private fitted(member: string): StandardScalerJSON {
    if (this.statistics === undefined) throw new ValueError(`StandardScaler.${member}: the scaler is not fitted; call fit(values) first`);
    return this.statistics;
  }
}

function mapValues(op: string, values: SeriesLike, map: (value: number) => number): Tensor | Float32Array {
  const data = seriesValues(op, 'values', values);
  const out = new Float32Array(data.length);
  for (let index = 0; index < data.length; index++) out[index] = map(data[index]);
  return isTensor(values) ? new Tensor(out, values.shape) : out;
}
