/**
 * Optimizer: the part every optimizer shares. It holds the parameter groups
 * and their options, creates each parameter's state on its first step, checks
 * gradients before touching anything, and saves and restores all of it as
 * plain data. Each subclass adds only its option spec, its state layout and
 * a call to its pure update function (PyTorch's `optimizer.py` split).
 */
import type { Parameter } from '@mnemo/autograd';
import { ShapeError, ValueError, formatShape, shapesEqual } from '@mnemo/tensor';
import {
  NonFiniteGradientError,
  allFinite,
  countNonFinite,
  describeNonFinite,
  describeParameter,
  type NonFiniteGradient,
} from './non-finite-gradient-error.js';
import { checkNumber, defaultsOf, describeValue, numberOption, recheckOptions, resolveOptions, type OptionsSpec } from './options.js';
import { normalizeGroups, type ParamsInput } from './parameters.js';
import { checkStateEntry, copyState, type StateSchema } from './state-schema.js';

/** What `step()` does with a NaN or infinite gradient: throw (default) or skip the whole step. */
export type NonFiniteMode = 'error' | 'skip';

/** Settings of the optimizer as a whole (not per group), given with its options. */
export interface OptimizerSettings {
  /**
   * `'error'` (default): `step()` throws {@link NonFiniteGradientError} naming each
   * parameter whose gradient holds NaN or ±Infinity. `'skip'`: `step()` leaves
   * every parameter and all state untouched, counts the step in
   * `skippedSteps` and returns false. Either way nothing is half-applied.
   */
  onNonFinite?: NonFiniteMode;
}

/** A parameter group as the optimizer holds it: its parameters and its (mutable) options. */
export type ParamGroup<Options> = Options & {
  /** The group's parameters, in order. */
  readonly params: readonly Parameter[];
  /** The learning rate schedulers start from; set by the first scheduler attached (PyTorch's `initial_lr`). */
  initialLr?: number;
};

/**
 * An optimizer's state as plain data: per-parameter state keyed by the
 * parameter's index (counted across groups, in order), and each group's
 * options with its parameters replaced by their indices. Float32Arrays are
 * copies. Load it into an optimizer built over the same parameter list with
 * `loadStateDict` to resume training bit for bit.
 */
export interface OptimizerStateDict<Options, State> {
  /** Per-parameter state by parameter index; parameters that never stepped have no entry. */
  state: Record<number, State>;
  /** Each group's options and its parameters' indices. */
  paramGroups: (Options & { params: number[]; initialLr?: number })[];
  /** How many steps were skipped because of non-finite gradients. */
  skippedSteps: number;
}

/** What a subclass tells the base class about itself. */
export interface OptimizerDefinition<Options, State> {
  /** The class name, used in messages: `Adam`. */
  readonly name: string;
  /** Each option's default and valid range. */
  readonly spec: OptionsSpec<Options>;
  /** How each state field is stored, to copy and validate state dicts. */
  readonly stateSchema: StateSchema<State>;
  /** Checks between options (e.g. Nesterov needs momentum); throws ValueError. */
  checkGroup?(context: string, options: Options): void;
}

const lrRange = numberOption(0, { min: 0 });

/**
 * The base class of every optimizer: parameter groups with their own options,
 * per-parameter state created on the first step, `step()`, `zeroGrad()`,
 * `stateDict()` and `loadStateDict()`.
 *
 * Parameters whose `grad` is null are skipped, as in PyTorch. Before updating
 * anything, `step()` checks every gradient: a NaN or ±Infinity makes it throw
 * {@link NonFiniteGradientError} (or skip the whole step, with
 * `{ onNonFinite: 'skip' }`).
 *
 * @example
 * ```ts
 * const optimizer = new Adam(model.parameters(), { lr: 1e-3 });
 * loss.backward();
 * optimizer.step();
 * optimizer.zeroGrad();
 * ```
 */
export abstract class Optimizer<Options extends { lr: number } = { lr: number }, State extends object = object> {
  /** The parameter groups; change a group's options (e.g. `lr`) between steps as needed. */
  readonly paramGroups: ParamGroup<Options>[];
  /** The options every group starts from unless it sets its own. */
  readonly defaults: Readonly<Options>;
  /** What `step()` does with non-finite gradients; see {@link OptimizerSettings}. */
  onNonFinite: NonFiniteMode;
  /** How many steps were skipped because a gradient held NaN or ±Infinity. */
  skippedSteps = 0;

  readonly #definition: OptimizerDefinition<Options, State>;
  readonly #optionNames: readonly string[];
  readonly #names: (string | undefined)[];
  readonly #state = new Map<Parameter, State>();

  protected constructor(
    definition: OptimizerDefinition<Options, State>,
    params: ParamsInput<Options>,
    options: (Partial<Options> & OptimizerSettings) | undefined,
  ) {
    const context = `${definition.name}(params, options)`;
    this.#definition = definition;
    this.#optionNames = Object.keys(definition.spec);
    const defaults = resolveOptions(context, options, definition.spec, defaultsOf(definition.spec), ['onNonFinite']);
    definition.checkGroup?.(context, defaults);
    this.defaults = Object.freeze(defaults);
    this.onNonFinite = checkMode(context, options?.onNonFinite ?? 'error');
    const { groups, names } = normalizeGroups(context, params);
    this.#names = names;
    this.paramGroups = groups.map((group, index) => {
      const groupContext = groups.length === 1 ? context : `${context}: paramGroups[${index}]`;
      const resolved = resolveOptions(groupContext, group.options, definition.spec, defaults);
      definition.checkGroup?.(groupContext, resolved);
      return { ...resolved, params: group.parameters };
    });
  }

  /** Creates the state of a parameter of `size` elements on its first step. */
  protected abstract createState(size: number, options: Options): State;

  /** Applies one update to `param` in place (the pure update function). */
  protected abstract update(param: Float32Array, grad: Float32Array, state: State, options: Options): void;

  /**
   * Updates every parameter that has a gradient, in place. Returns true when
   * the step was applied, false when it was skipped for non-finite gradients
   * (`onNonFinite: 'skip'`).
   *
   * @throws NonFiniteGradientError when a gradient holds NaN or ±Infinity (default mode); nothing is updated.
   * @throws ShapeError when a gradient's shape differs from its parameter's.
   */
  step(): boolean {
    const context = `${this.#definition.name}.step()`;
    let nonFinite: NonFiniteGradient[] | null = null;
    let index = 0;
    for (const group of this.paramGroups) {
      recheckOptions(context, group, this.#definition.spec, this.#optionNames as (keyof Options)[]);
      for (const parameter of group.params) {
        const grad = parameter.grad;
        if (grad !== null) {
          if (!shapesEqual(grad.shape, parameter.shape)) {
            throw new ShapeError(
              `${context}: the gradient of ${describeParameter(index, this.#names[index])} has shape ${formatShape(grad.shape)}, the parameter ${formatShape(parameter.shape)}`,
            );
          }
          if (!allFinite(grad.data)) {
            nonFinite ??= [];
            nonFinite.push({ index, name: this.#names[index], size: grad.size, ...countNonFinite(grad.data) });
          }
        }
        index++;
      }
    }
    if (nonFinite !== null) {
      if (this.onNonFinite === 'skip') {
        this.skippedSteps++;
        return false;
      }
      throw new NonFiniteGradientError(
        `${context}: ${describeNonFinite(nonFinite)}; no parameter was updated. Clip gradients (clipGradNorm), lower the learning rate, or pass { onNonFinite: 'skip' }`,
        nonFinite,
      );
    }
    for (const group of this.paramGroups) {
      for (const parameter of group.params) {
        const grad = parameter.grad;
        if (grad === null) continue;
        let state = this.#state.get(parameter);
        if (state === undefined) {
          state = this.createState(parameter.size, group);
          this.#state.set(parameter, state);
        }
        this.update(parameter.value.data, grad.data, state, group);
      }
    }
    return true;
  }

  /**
   * Clears every parameter's gradient before the next backward pass. By
   * default sets `grad` to null (PyTorch's `set_to_none=True`), which frees the
   * memory and lets `step()` skip parameters that got no gradient; with
   * `{ setToNull: false }` it fills existing gradients with zeros instead.
   */
  zeroGrad(options: { setToNull?: boolean } = {}): void {
    const setToNull = options.setToNull ?? true;
    for (const group of this.paramGroups) {
      for (const parameter of group.params) {
        if (setToNull) parameter.grad = null;
        else parameter.grad?.data.fill(0);
      }
    }
  }

  /** The state of `parameter` (live, not a copy), or undefined before its first step. */
  stateOf(parameter: Parameter): Readonly<State> | undefined {
    return this.#state.get(parameter);
  }

  /** The optimizer's state as plain data (Float32Arrays copied); see {@link OptimizerStateDict}. */
  stateDict(): OptimizerStateDict<Options, State> {
    const state: Record<number, State> = {};
    const paramGroups: (Options & { params: number[]; initialLr?: number })[] = [];
    let index = 0;
    for (const group of this.paramGroups) {
      const { params, ...options } = group;
      const indices: number[] = [];
      for (const parameter of params) {
        const entry = this.#state.get(parameter);
        if (entry !== undefined) state[index] = copyState(entry, this.#definition.stateSchema);
        indices.push(index++);
      }
      const copied = options as Record<string, unknown>;
      for (const name of this.#optionNames) {
        const value = copied[name];
        if (Array.isArray(value)) copied[name] = [...value];
      }
      paramGroups.push({ ...(copied as unknown as Options), params: indices });
    }
    return { state, paramGroups, skippedSteps: this.skippedSteps };
  }

  /**
   * Restores a state dict saved by `stateDict()` from an optimizer of the same
   * kind over the same parameter list: group options (including a scheduled
   * `lr`), per-parameter state (copied in) and the skipped-step count. Checks
   * everything first (group count, parameter counts, option values, state
   * fields and their lengths) and throws ValueError or ShapeError naming what
   * differs; on error nothing is changed. Float32Array fields may also be
   * plain number arrays (as after JSON).
   */
  loadStateDict(stateDict: OptimizerStateDict<Options, State>): void {
    const { name, spec, stateSchema, checkGroup } = this.#definition;
    const context = `${name}.loadStateDict(stateDict)`;
    if (typeof stateDict !== 'object' || stateDict === null || !Array.isArray(stateDict.paramGroups) || typeof stateDict.state !== 'object' || stateDict.state === null) {
      throw new ValueError(`${context}: expected { state, paramGroups }, got ${describeValue(stateDict)}`);
    }
    const savedGroups = stateDict.paramGroups;
    if (savedGroups.length !== this.paramGroups.length) {
      throw new ValueError(`${context}: it has ${savedGroups.length} parameter groups, this optimizer has ${this.paramGroups.length}`);
    }
    const parameters = this.paramGroups.flatMap((group) => group.params);
    let offset = 0;
    const options = savedGroups.map((saved, groupIndex) => {
      const groupContext = `${context}: paramGroups[${groupIndex}]`;
      const expected = this.paramGroups[groupIndex].params.length;
      const indices = saved?.params;
      if (!Array.isArray(indices) || indices.length !== expected || indices.some((value, k) => value !== offset + k)) {
        throw new ValueError(`${groupContext}.params must be the ${expected} indices ${offset}..${offset + expected - 1} of this optimizer's group, got ${describeValue(indices)}`);
      }
      offset += expected;
      const resolved = resolveOptions(groupContext, saved, spec, this.defaults, ['params', 'initialLr']);
      checkGroup?.(groupContext, resolved);
      const initialLr = saved.initialLr === undefined ? undefined : checkNumber(groupContext, 'initialLr', saved.initialLr, lrRange);
      return { resolved, initialLr };
    });
    const states = new Map<Parameter, State>();
    for (const key of Object.keys(stateDict.state)) {
      const index = Number(key);
      if (!Number.isInteger(index) || index < 0 || index >= parameters.length) {
        throw new ValueError(`${context}: state has an entry for parameter '${key}', but this optimizer has parameters 0..${parameters.length - 1}`);
      }
      const parameter = parameters[index];
      const entryContext = `${context}: state of ${describeParameter(index, this.#names[index])}`;
      states.set(parameter, checkStateEntry(entryContext, (stateDict.state as Record<string, unknown>)[key], stateSchema, parameter.size));
    }
    const skipped = stateDict.skippedSteps ?? 0;
    if (!Number.isInteger(skipped) || skipped < 0) throw new ValueError(`${context}: skippedSteps must be an integer >= 0, got ${describeValue(skipped)}`);
    // Everything checked: apply.
    this.paramGroups.forEach((group, groupIndex) => {
      Object.assign(group, options[groupIndex].resolved);
      if (options[groupIndex].initialLr === undefined) delete group.initialLr;
      else group.initialLr = options[groupIndex].initialLr;
    });
    this.#state.clear();
    for (const [parameter, state] of states) this.#state.set(parameter, state);
    this.skippedSteps = skipped;
  }
}

function checkMode(context: string, mode: unknown): NonFiniteMode {
  if (mode !== 'error' && mode !== 'skip') throw new ValueError(`${context}: onNonFinite must be 'error' or 'skip', got ${describeValue(mode)}`);
  return mode;
}
