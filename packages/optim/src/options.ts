/**
 * Option validation shared by every optimizer and scheduler (internal).
 *
 * Each optimizer describes its options once, as a spec: a default and a range
 * per name. Validation names the option and the value it got, the way
 * PyTorch's `adam.py` does (`Invalid beta parameter at index 0`), but in full
 * sentences: `Adam(params, options): lr must be a finite number >= 0, got -1`.
 */
import { ValueError } from '@mnemo/tensor';

/** A number option: its default and the closed or open interval it must lie in. */
export interface NumberSpec {
  readonly kind: 'number';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** True when `min` itself is not allowed. */
  readonly minOpen: boolean;
  /** True when `max` itself is not allowed. */
  readonly maxOpen: boolean;
}

/** A boolean option and its default. */
export interface FlagSpec {
  readonly kind: 'flag';
  readonly default: boolean;
}

/** Adam's `betas`: two numbers, each in [0, 1). */
export interface BetasSpec {
  readonly kind: 'betas';
  readonly default: readonly [number, number];
}

/** The spec of one option. */
export type OptionSpec = NumberSpec | FlagSpec | BetasSpec;

/** The spec of every option of an optimizer, by name. */
export type OptionsSpec<Options> = { readonly [Key in keyof Options]: OptionSpec };

/** A number option in `[min, max]` (or open ends), with a default. */
export function numberOption(
  defaultValue: number,
  range: { min?: number; max?: number; minOpen?: boolean; maxOpen?: boolean } = {},
): NumberSpec {
  return {
    kind: 'number',
    default: defaultValue,
    min: range.min ?? -Infinity,
    max: range.max ?? Infinity,
    minOpen: range.minOpen ?? false,
    maxOpen: range.maxOpen ?? false,
  };
}

/** A boolean option with a default. */
export function flagOption(defaultValue: boolean): FlagSpec {
  return { kind: 'flag', default: defaultValue };
}

/** Adam-style `betas` with a default. */
export function betasOption(defaultValue: readonly [number, number]): BetasSpec {
  return { kind: 'betas', default: defaultValue };
}

/** The value an option got, for an error message: `-1`, `NaN`, `string '0.1'`, `undefined`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `string '${value}'`;
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === 'object') return `a ${(value as object).constructor?.name ?? 'object'}`;
  return `${typeof value} ${String(value)}`;
}

function rangeText(spec: NumberSpec): string {
  const hasMin = spec.min !== -Infinity;
  const hasMax = spec.max !== Infinity;
  if (hasMin && hasMax) return ` in ${spec.minOpen ? '(' : '['}${spec.min}, ${spec.max}${spec.maxOpen ? ')' : ']'}`;
  if (hasMin) return ` ${spec.minOpen ? '>' : '>='} ${spec.min}`;
  if (hasMax) return ` ${spec.maxOpen ? '<' : '<='} ${spec.max}`;
  return '';
}

/** Throws ValueError unless `value` is a finite number in the spec's range. */
export function checkNumber(context: string, name: string, value: unknown, spec: NumberSpec): number {
  if (!inRange(value, spec)) {
    throw new ValueError(`${context}: ${name} must be a finite number${rangeText(spec)}, got ${describeValue(value)}`);
  }
  return value as number;
}

const unitInterval = numberOption(0, { min: 0, max: 1, maxOpen: true });

/** Checks one option against its spec and returns it (betas copied into a fresh pair). */
export function checkOption(context: string, name: string, value: unknown, spec: OptionSpec): unknown {
  switch (spec.kind) {
    case 'number':
      return checkNumber(context, name, value, spec);
    case 'flag':
      if (typeof value !== 'boolean') throw new ValueError(`${context}: ${name} must be a boolean, got ${describeValue(value)}`);
      return value;
    case 'betas': {
      if (!Array.isArray(value) || value.length !== 2) {
        throw new ValueError(`${context}: ${name} must be a pair of numbers [beta1, beta2], got ${describeValue(value)}`);
      }
      return [checkNumber(context, `${name}[0]`, value[0], unitInterval), checkNumber(context, `${name}[1]`, value[1], unitInterval)];
    }
  }
}

/**
 * Resolves user options against a spec: every given option is checked, every
 * missing one takes its value from `defaults`. Keys in `extraKeys` are passed
 * over (e.g. `params`); any other unknown key is an error, so a typo such as
 * `learningRate` is never silently ignored.
 */
export function resolveOptions<Options>(
  context: string,
  input: object | undefined,
  spec: OptionsSpec<Options>,
  defaults: Options,
  extraKeys: readonly string[] = [],
): Options {
  if (input !== undefined && (typeof input !== 'object' || input === null || Array.isArray(input))) {
    throw new ValueError(`${context}: options must be an object, got ${describeValue(input)}`);
  }
  const given = (input ?? {}) as Record<string, unknown>;
  const names = Object.keys(spec);
  for (const key of Object.keys(given)) {
    if (!names.includes(key) && !extraKeys.includes(key)) {
      throw new ValueError(`${context}: unknown option '${key}'; the options are ${names.join(', ')}`);
    }
  }
  const resolved = {} as Record<string, unknown>;
  for (const name of names) {
    const value = given[name];
    resolved[name] = value === undefined ? (defaults as Record<string, unknown>)[name] : checkOption(context, name, value, spec[name as keyof Options]);
  }
  return resolved as Options;
}

/** The defaults written in a spec, as an options object. */
export function defaultsOf<Options>(spec: OptionsSpec<Options>): Options {
  const defaults = {} as Record<string, unknown>;
  for (const [name, option] of Object.entries(spec) as [string, OptionSpec][]) {
    defaults[name] = option.kind === 'betas' ? [option.default[0], option.default[1]] : option.default;
  }
  return defaults as Options;
}

function inRange(value: unknown, spec: NumberSpec): boolean {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (spec.minOpen ? value > spec.min : value >= spec.min) &&
    (spec.maxOpen ? value < spec.max : value <= spec.max)
  );
}

function isValid(value: unknown, spec: OptionSpec): boolean {
  if (spec.kind === 'number') return inRange(value, spec);
  if (spec.kind === 'flag') return typeof value === 'boolean';
  return Array.isArray(value) && value.length === 2 && inRange(value[0], unitInterval) && inRange(value[1], unitInterval);
}

/**
 * Re-checks every option of an existing object against the spec, allocating
 * nothing when all are valid (used at each `step()`, so an `lr` set to NaN by
 * hand is caught before it reaches the weights).
 */
export function recheckOptions<Options>(context: string, options: Options, spec: OptionsSpec<Options>, names: readonly (keyof Options)[]): void {
  for (const name of names) {
    const value = options[name] as unknown;
    if (!isValid(value, spec[name])) checkOption(context, String(name), value, spec[name]);
  }
}
