/**
 * Module: the base class of every layer and model. It finds its parameters
 * by itself, names them with dotted paths, switches train/eval mode, and
 * saves and loads its weights as a plain state dict.
 */
import { Parameter } from '@mnemo/autograd';
import { Tensor, ValueError } from '@mnemo/tensor';
import { describeValue } from './describe-value.js';
import { hasModuleBrand, moduleBrand, ownEntries, walkModuleTree } from './module-tree.js';
import { loadStateDictInto, type LoadStateDictResult } from './state-dict.js';

/** A module's weights as plain data: dotted parameter name -> a copy of its value. */
export type StateDict = Record<string, Tensor>;

/** Options for {@link Module.loadStateDict}. */
export interface LoadStateDictOptions {
  /**
   * When true (the default), a name the module has but the dict lacks
   * (missing) or a name the dict has but the module lacks (unexpected) is an
   * error. When false, those are skipped and reported in the result. A shape
   * mismatch is always an error.
   */
  strict?: boolean;
}

/**
 * The base class of layers and models. A subclass declares its parameters
 * and child modules as ordinary fields; the Module finds them.
 *
 * What is discovered, in the order the fields are declared (own enumerable
 * properties):
 * - a `Parameter` field: named after the field (`weight`);
 * - a `Module` field: its parameters, prefixed (`encoder.weight`);
 * - an array of Modules or Parameters: indexed names (`layers.0.weight`);
 * - anything given to {@link Module.registerParameter} /
 *   {@link Module.registerModule}, for computed names such as `weight_ih_l0`.
 *
 * Other fields (numbers, plain objects, Maps, plain Tensors) are ignored, so a
 * Parameter must sit directly in a field or an array. Keep extra
 * references to your own parameters in `#private` fields, so they are not
 * discovered under a second name. A parameter shared by two modules is listed
 * once, under the first name found.
 *
 * `forward` is yours to define, with whatever arguments the model needs; a
 * Module does not fix its signature.
 *
 * @example
 * ```ts
 * class TwoLayer extends Module {
 *   readonly hidden: Linear;
 *   readonly output: Linear;
 *   constructor(seed: number) {
 *     super();
 *     const rng = createRng(seed);
 *     this.hidden = new Linear(4, 8, { rng });
 *     this.output = new Linear(8, 2, { rng });
 *   }
 *   forward(x: Input): Variable {
 *     return this.output.forward(relu(this.hidden.forward(x)));
 *   }
 * }
 * const model = new TwoLayer(0);
 * model.namedParameters().map(([name]) => name);
 * // ['hidden.weight', 'hidden.bias', 'output.weight', 'output.bias']
 * ```
 */
export abstract class Module {
  /** True in training mode (the default), false after `eval()`. Dropout reads it. */
  training = true;

  /** @internal Brand that identifies modules across package copies (a prototype getter, not a field). */
  get [moduleBrand](): true {
    return true;
  }

  /**
   * Adds `param` under `name` (no dots), for names computed at run time.
   * It becomes an enumerable property of the module, so it is also reachable
   * as `module[name]`. Throws ValueError for a bad or taken name.
   *
   * @example
   * ```ts
   * this.registerParameter(`weight_ih_l${layer}`, new Parameter(weight));
   * ```
   */
  registerParameter<P extends Parameter>(name: string, param: P): P {
    if (!(param instanceof Parameter)) {
      throw new ValueError(`${this.constructor.name}.registerParameter(name, param): param "${name}" must be a Parameter, got ${describeValue(param)}`);
    }
    this.defineEntry('registerParameter', name, param);
    return param;
  }

  /**
   * Adds a child `module` under `name` (no dots), for names computed at run
   * time (Sequential uses `0`, `1`, ...). Throws ValueError for a bad or taken name.
   *
   * @example
   * ```ts
   * this.registerModule(`layer${index}`, new Linear(8, 8, { rng }));
   * ```
   */
  registerModule<M extends Module>(name: string, module: M): M {
    if (!isModule(module)) {
      throw new ValueError(`${this.constructor.name}.registerModule(name, module): module "${name}" must be a Module, got ${describeValue(module)}`);
    }
    this.defineEntry('registerModule', name, module);
    return module;
  }

  /**
   * Every parameter with its dotted name, in declaration order, each
   * parameter once even when shared.
   *
   * @example
   * ```ts
   * new Linear(3, 2, { seed: 0 }).namedParameters().map(([name, p]) => `${name} ${p.shape}`);
   * // ['weight 2,3', 'bias 2']
   * ```
   */
  namedParameters(): [string, Parameter][] {
    return walkModuleTree<Module>(this).parameters;
  }

  /**
   * Every parameter, in the order of {@link Module.namedParameters}: what an
   * optimizer takes.
   *
   * @example
   * ```ts
   * const optimizer = new Adam(model.parameters(), { learningRate: 1e-3 });
   * ```
   */
  parameters(): Parameter[] {
    return this.namedParameters().map(([, param]) => param);
  }

  /**
   * This module (named `''`) and every module below it, with dotted names, each once.
   *
   * @example
   * ```ts
   * new Sequential(new Linear(2, 2, { seed: 0 }), new Dropout(0.1, { seed: 0 })).namedModules().map(([name]) => name);
   * // ['', '0', '1']
   * ```
   */
  namedModules(): [string, Module][] {
    return walkModuleTree<Module>(this).modules;
  }

  /**
   * The direct child modules with their names (one level, not recursive).
   *
   * @example
   * ```ts
   * model.namedChildren().map(([name]) => name) // ['hidden', 'output']
   * ```
   */
  namedChildren(): [string, Module][] {
    const found: [string, Module][] = [];
    const seen = new Set<Module>();
    for (const [key, value] of ownEntries(this)) {
      if (isModule(value) && !seen.has(value)) {
        seen.add(value);
        found.push([key, value]);
      }
    }
    return found;
  }

  /**
   * The direct child modules (one level, not recursive).
   *
   * @example
   * ```ts
   * model.children().length // 2
   * ```
   */
  children(): Module[] {
    return this.namedChildren().map(([, module]) => module);
  }

  /**
   * Sets training mode (`true`, the default) or evaluation mode (`false`) on
   * this module and every module below it. Returns this module.
   *
   * @example
   * ```ts
   * model.train();      // dropout active
   * model.train(false); // same as model.eval()
   * ```
   */
  train(mode = true): this {
    if (typeof mode !== 'boolean') throw new ValueError(`${this.constructor.name}.train(mode): mode must be a boolean, got ${describeValue(mode)}`);
    for (const [, module] of this.namedModules()) module.training = mode;
    return this;
  }

  /**
   * Sets evaluation mode on this module and every module below it (dropout
   * becomes the identity). Returns this module.
   *
   * @example
   * ```ts
   * model.eval();
   * model.training // false
   * ```
   */
  eval(): this {
    return this.train(false);
  }

  /**
   * Clears the gradient of every parameter (`grad = null`), before the next backward pass.
   *
   * @example
   * ```ts
   * model.zeroGrad();
   * loss.backward();
   * ```
   */
  zeroGrad(): void {
    for (const param of this.parameters()) param.zeroGrad();
  }

  /**
   * The weights as plain data: each dotted parameter name mapped to a COPY
   * of its value (later training does not change the dict).
   *
   * @example
   * ```ts
   * const dict = new Linear(3, 2, { seed: 0 }).stateDict();
   * Object.keys(dict)    // ['weight', 'bias']
   * dict.weight.shape    // [2, 3]
   * ```
   */
  stateDict(): StateDict {
    const dict: StateDict = {};
    for (const [name, param] of this.namedParameters()) {
      dict[name] = new Tensor(new Float32Array(param.value.data), param.value.shape);
    }
    return dict;
  }

  /**
   * Copies the values of a state dict into this module's parameters, in
   * place (an optimizer holding the parameters sees the new values).
   *
   * Everything is checked first: missing names, unexpected names, shape
   * mismatches and entries that are not Tensors are all listed in ONE error,
   * and on any error nothing is copied, so the module is left untouched.
   * The error is a ShapeError when any shape mismatches, a ValueError otherwise.
   *
   * @returns the names that were missing or unexpected (non-empty only with `strict: false`).
   * @example
   * ```ts
   * const copy = new Linear(3, 2, { seed: 1 });
   * copy.loadStateDict(new Linear(3, 2, { seed: 0 }).stateDict());
   * new Linear(4, 2, { seed: 2 }).loadStateDict(copy.stateDict());
   * // ShapeError: Linear.loadStateDict(dict): the state dict does not fit the module (1 problem; nothing was loaded):
   * //   shape mismatch: weight is [2,4] in the module, [2,3] in the dict
   * ```
   */
  loadStateDict(dict: StateDict, options: LoadStateDictOptions = {}): LoadStateDictResult {
    return loadStateDictInto(`${this.constructor.name}.loadStateDict(dict)`, this.namedParameters(), dict, options.strict ?? true);
  }

  private defineEntry(method: string, name: string, value: Parameter | Module): void {
    const op = `${this.constructor.name}.${method}(name, ...)`;
    if (typeof name !== 'string' || name === '' || name.includes('.')) {
      throw new ValueError(`${op}: name must be a non-empty string without dots, got ${JSON.stringify(name)}`);
    }
    if (name in this) throw new ValueError(`${op}: name "${name}" is already taken on this module`);
    Object.defineProperty(this, name, { value, enumerable: true, writable: false, configurable: false });
  }
}

/**
 * True when `value` is a {@link Module} (from this or another copy of @mnemo/nn).
 *
 * @example
 * ```ts
 * isModule(new Linear(2, 2, { seed: 0 })) // true
 * isModule({})                            // false
 * ```
 */
export function isModule(value: unknown): value is Module {
  return hasModuleBrand(value);
}
