/**
 * The ways parameters are handed to an optimizer or a clipping function, and
 * their normalisation into groups of Parameters with optional names.
 */
import { isVariable, type Parameter } from '@mnemo/autograd';
import { ValueError } from '@mnemo/tensor';
import { describeValue } from './options.js';

/** A parameter with its name, as `module.namedParameters()` yields them: `['encoder.weight', weight]`. */
export type NamedParameter = readonly [name: string, parameter: Parameter];

/**
 * A list of parameters, plain or named: an array, a `Map<string, Parameter>`
 * or any iterable. Names, when given, appear in error messages.
 */
export type ParameterList = Iterable<Parameter | NamedParameter>;

/**
 * A parameter group: its parameters and any options that differ from the
 * optimizer's defaults, e.g. `{ params: embedding.parameters(), lr: 1e-2 }`.
 */
export type ParamGroupInput<Options> = Partial<Options> & {
  /** The group's parameters, plain or named. */
  params: ParameterList;
};

/** What an optimizer accepts: one list of parameters, or a list of parameter groups. */
export type ParamsInput<Options> = ParameterList | Iterable<ParamGroupInput<Options>>;

/** Parameters flattened in order, with their names (undefined when not named). */
export interface FlatParameters {
  readonly parameters: Parameter[];
  readonly names: (string | undefined)[];
}

/** A group after normalisation: its parameters and the raw options it was given (without `params`). */
export interface NormalizedGroup {
  readonly parameters: Parameter[];
  readonly options: Record<string, unknown>;
}

function isNamedPair(value: unknown): value is NamedParameter {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && isVariable(value[1]);
}

function isGroup(value: unknown): value is ParamGroupInput<object> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isVariable(value) && 'params' in value;
}

function asIterable(context: string, what: string, value: unknown): Iterable<unknown> {
  if (value === null || typeof value !== 'object' || typeof (value as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw new ValueError(`${context}: ${what} must be an iterable of parameters or [name, parameter] pairs, got ${describeValue(value)}`);
  }
  return value as Iterable<unknown>;
}

/**
 * Flattens a parameter list, checking each entry: a Variable that requires a
 * gradient and is a leaf, or a `[name, parameter]` pair of one. `offset` is the
 * index of the first entry in the caller's numbering (for messages).
 */
export function flattenParameters(context: string, what: string, list: unknown, offset = 0): FlatParameters {
  const parameters: Parameter[] = [];
  const names: (string | undefined)[] = [];
  for (const entry of asIterable(context, what, list)) {
    const index = offset + parameters.length;
    const [name, candidate] = isNamedPair(entry) ? entry : [undefined, entry];
    if (!isVariable(candidate)) {
      throw new ValueError(`${context}: ${what} entry ${index} must be a Parameter or a [name, parameter] pair, got ${describeValue(candidate)}`);
    }
    const label = name === undefined ? `parameter ${index}` : `parameter ${index} ('${name}')`;
    if (!candidate.requiresGrad) throw new ValueError(`${context}: ${label} does not require a gradient, so it cannot be optimized`);
    if (!candidate.isLeaf) throw new ValueError(`${context}: ${label} was made by op '${candidate.op}'; only leaf variables can be optimized`);
    parameters.push(candidate as Parameter);
    names.push(name);
  }
  return { parameters, names };
}

/**
 * Normalises what an optimizer was given into groups. A plain list becomes one
 * group with no options of its own. Throws ValueError for an empty list, a
 * mix of groups and parameters, or a parameter that appears twice.
 */
export function normalizeGroups(context: string, input: unknown): { groups: NormalizedGroup[]; names: (string | undefined)[] } {
  const entries = [...asIterable(context, 'params', input)];
  if (entries.length === 0) throw new ValueError(`${context}: params is empty; give at least one parameter`);
  const groupCount = entries.filter(isGroup).length;
  if (groupCount !== 0 && groupCount !== entries.length) {
    throw new ValueError(`${context}: params mixes parameter groups ({ params, ...options }) with bare parameters; use one or the other`);
  }
  const groups: NormalizedGroup[] = [];
  const names: (string | undefined)[] = [];
  if (groupCount === 0) {
    const flat = flattenParameters(context, 'params', entries);
    groups.push({ parameters: flat.parameters, options: {} });
    names.push(...flat.names);
  } else {
    entries.forEach((entry, groupIndex) => {
      const { params, ...options } = entry as ParamGroupInput<object>;
      const flat = flattenParameters(context, `paramGroups[${groupIndex}].params`, params, names.length);
      groups.push({ parameters: flat.parameters, options });
      names.push(...flat.names);
    });
  }
  const all = groups.flatMap((group) => group.parameters);
  if (all.length === 0) throw new ValueError(`${context}: the parameter groups hold no parameter; give at least one`);
  const seen = new Map<Parameter, number>();
  all.forEach((parameter, index) => {
    const first = seen.get(parameter);
    if (first !== undefined) throw new ValueError(`${context}: parameter ${index} is the same object as parameter ${first}; each parameter may appear only once`);
    seen.set(parameter, index);
  });
  return { groups, names };
}
