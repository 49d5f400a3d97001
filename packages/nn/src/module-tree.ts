/**
 * Finding a module's parameters and submodules (internal): a depth-first
 * walk over own enumerable properties, in declaration order.
 */
import { Parameter } from '@mnemo/autograd';

/** Marks Module instances across package copies (set as a prototype getter by Module). */
export const moduleBrand: unique symbol = Symbol.for('@mnemo/nn/Module');

/** A tree node: anything carrying the module brand. */
type Branded = object & { readonly [moduleBrand]: true };

/** True when `value` carries the Module brand. */
export function hasModuleBrand(value: unknown): value is Branded {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[moduleBrand] === true;
}

/** A module's own enumerable properties in declaration order, arrays expanded to `key.index` entries. */
export function ownEntries(module: object): [string, unknown][] {
  const entries: [string, unknown][] = [];
  for (const key of Object.keys(module)) {
    const value: unknown = (module as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      value.forEach((item, index) => entries.push([`${key}.${index}`, item]));
    } else {
      entries.push([key, value]);
    }
  }
  return entries;
}

/**
 * Every module (the root named '') and every parameter below `root`, with
 * dotted names, each once even when shared or referenced in a cycle. Depth
 * first: a child's entries come where the child is declared.
 */
export function walkModuleTree<M extends object>(root: M): { modules: [string, M][]; parameters: [string, Parameter][] } {
  const modules: [string, M][] = [];
  const parameters: [string, Parameter][] = [];
  const seenModules = new Set<object>();
  const seenParameters = new Set<Parameter>();
  const visit = (prefix: string, module: M): void => {
    seenModules.add(module);
    modules.push([prefix, module]);
    for (const [key, value] of ownEntries(module)) {
      const name = prefix === '' ? key : `${prefix}.${key}`;
      if (value instanceof Parameter) {
        if (!seenParameters.has(value)) {
          seenParameters.add(value);
          parameters.push([name, value]);
        }
      } else if (hasModuleBrand(value) && !seenModules.has(value)) {
        visit(name, value as unknown as M);
      }
    }
  };
  visit('', root);
  return { modules, parameters };
}
