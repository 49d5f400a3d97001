import { Parameter, parameter } from '@mnemo/autograd';
import { ShapeError, Tensor, ValueError, tensor } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { Module, isModule } from './module.js';

class Leaf extends Module {
  readonly weight: Parameter;
  readonly bias: Parameter;
  readonly size: number; // not a parameter: ignored
  constructor(rows: number, cols: number, start = 0) {
    super();
    this.weight = parameter(tensor(Array.from({ length: rows * cols }, (_, i) => start + i), [rows, cols]));
    this.bias = parameter(tensor(new Array(rows).fill(start)));
    this.size = rows;
  }
}

class Tree extends Module {
  readonly embed: Leaf;
  readonly layers: Leaf[];
  readonly scale: Parameter;
  readonly plain = tensor([1, 2]); // a plain Tensor: not a parameter
  readonly #alias: Parameter; // a private extra reference: not discovered twice
  constructor() {
    super();
    this.embed = new Leaf(2, 3);
    this.layers = [new Leaf(3, 3, 10), new Leaf(1, 3, 20)];
    this.scale = parameter(tensor([1]));
    this.#alias = this.scale;
    for (let layer = 0; layer < 2; layer++) this.registerParameter(`weight_hh_l${layer}`, parameter(tensor([layer, layer])));
    this.registerModule('head', new Leaf(1, 1, 30));
  }
  get alias(): Parameter {
    return this.#alias;
  }
}

const names = (module: Module): string[] => module.namedParameters().map(([name]) => name);

describe('Module naming', () => {
  it('names fields, nested modules, arrays and registered entries with dotted paths, in declaration order', () => {
    expect(names(new Tree())).toEqual([
      'embed.weight', 'embed.bias',
      'layers.0.weight', 'layers.0.bias',
      'layers.1.weight', 'layers.1.bias',
      'scale',
      'weight_hh_l0', 'weight_hh_l1',
      'head.weight', 'head.bias',
    ]);
  });

  it('parameters() follows namedParameters() and lists a shared parameter once', () => {
    const tree = new Tree();
    const shared = new (class extends Module {
      readonly first = tree.embed;
      readonly second = tree.embed; // the same module twice
      readonly tied = tree.embed.weight; // and one of its parameters again
    })();
    expect(names(shared)).toEqual(['first.weight', 'first.bias']);
    expect(tree.parameters()).toHaveLength(11);
    expect(tree.parameters()[0]).toBe(tree.embed.weight);
    expect(tree.parameters()).toContain(tree.alias);
  });

  it('registered entries are reachable as properties and cannot be overwritten', () => {
    const tree = new Tree() as Tree & Record<string, unknown>;
    expect(tree.weight_hh_l1).toBeInstanceOf(Parameter);
    expect(tree.head).toBeInstanceOf(Leaf);
  });

  it('rejects bad registration names and values', () => {
    const tree = new Tree();
    expect(() => tree.registerParameter('a.b', parameter([1]))).toThrow(/without dots/);
    expect(() => tree.registerParameter('', parameter([1]))).toThrow(ValueError);
    expect(() => tree.registerParameter('scale', parameter([1]))).toThrow(/"scale" is already taken/);
    expect(() => tree.registerParameter('train', parameter([1]))).toThrow(/already taken/);
    expect(() => tree.registerParameter('x', tensor([1]) as never)).toThrow(/must be a Parameter, got a Tensor/);
    expect(() => tree.registerModule('y', {} as never)).toThrow(/must be a Module/);
  });

  it('lists modules and children', () => {
    const tree = new Tree();
    expect(tree.namedModules().map(([name]) => name)).toEqual(['', 'embed', 'layers.0', 'layers.1', 'head']);
    expect(tree.namedChildren().map(([name]) => name)).toEqual(['embed', 'layers.0', 'layers.1', 'head']);
    expect(tree.children()[0]).toBe(tree.embed);
    expect(isModule(tree)).toBe(true);
    expect(isModule({ training: true })).toBe(false);
  });

  it('survives a child that refers back to its parent', () => {
    const tree = new Tree();
    (tree.embed as unknown as { parent: Module }).parent = tree;
    expect(names(tree)).toHaveLength(11);
  });
});

describe('Module modes and gradients', () => {
  it('train()/eval() propagate to every submodule and return the module', () => {
    const tree = new Tree();
    expect(tree.eval()).toBe(tree);
    expect(tree.namedModules().every(([, module]) => module.training === false)).toBe(true);
    tree.train();
    expect(tree.layers[1].training).toBe(true);
    tree.train(false);
    expect(tree.embed.training).toBe(false);
    expect(() => tree.train('yes' as never)).toThrow(ValueError);
  });

  it('zeroGrad() clears every parameter gradient', () => {
    const tree = new Tree();
    for (const param of tree.parameters()) param.grad = new Tensor(new Float32Array(param.size).fill(1), param.shape);
    tree.zeroGrad();
    expect(tree.parameters().every((param) => param.grad === null)).toBe(true);
  });
});

describe('Module state dicts', () => {
  it('stateDict() copies every parameter under its name', () => {
    const tree = new Tree();
    const dict = tree.stateDict();
    expect(Object.keys(dict)).toEqual(names(tree));
    expect(dict['layers.0.weight'].shape).toEqual([3, 3]);
    expect(Array.from(dict['layers.1.bias'].data)).toEqual([20]);
    tree.layers[1].bias.value.data[0] = 99;
    expect(dict['layers.1.bias'].data[0]).toBe(20); // a copy
  });

  it('loadStateDict() round-trips values in place', () => {
    const source = new Tree();
    for (const param of source.parameters()) param.value.data.fill(7);
    const target = new Tree();
    const data = target.embed.weight.value.data;
    expect(target.loadStateDict(source.stateDict())).toEqual({ missing: [], unexpected: [] });
    expect(target.embed.weight.value.data).toBe(data); // same storage: updated in place
    expect(target.parameters().every((param) => param.value.data.every((x) => x === 7))).toBe(true);
  });

  const snapshot = (module: Module): number[][] => module.parameters().map((param) => Array.from(param.value.data));

  it('lists missing, unexpected and mismatched entries in one error and leaves the module untouched', () => {
    const target = new Tree();
    const before = snapshot(target);
    const dict = new Tree().stateDict();
    for (const key of Object.keys(dict)) dict[key] = new Tensor(new Float32Array(dict[key].size).fill(-1), dict[key].shape);
    delete dict['head.bias'];
    dict['extra.weight'] = tensor([1]);
    dict['layers.0.weight'] = tensor(new Array(6).fill(-1), [2, 3]);
    let error: unknown;
    try {
      target.loadStateDict(dict);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ShapeError);
    const message = (error as Error).message;
    expect(message).toContain('Tree.loadStateDict(dict)');
    expect(message).toContain('3 problems');
    expect(message).toContain('missing from the dict (1): head.bias');
    expect(message).toContain('unexpected in the dict (1): extra.weight');
    expect(message).toContain('shape mismatch: layers.0.weight is [3,3] in the module, [2,3] in the dict');
    expect(snapshot(target)).toEqual(before);
  });

  it('throws a ValueError when only names differ, and for entries that are not Tensors', () => {
    const target = new Tree();
    const before = snapshot(target);
    const dict: Record<string, unknown> = target.stateDict();
    delete dict.scale;
    expect(() => target.loadStateDict(dict as never)).toThrow(ValueError);
    expect(() => target.loadStateDict(dict as never)).toThrow(/missing from the dict \(1\): scale/);
    dict.scale = [1];
    expect(() => target.loadStateDict(dict as never)).toThrow(/not a Tensor: scale is an array/);
    expect(() => target.loadStateDict(null as never)).toThrow(/dict must be an object/);
    expect(snapshot(target)).toEqual(before);
  });

  it('with strict: false, skips missing and unexpected names and reports them, but still rejects shape mismatches', () => {
    const target = new Tree();
    const dict = target.stateDict();
    dict.scale = tensor([5]);
    delete dict['head.weight'];
    dict['other'] = tensor([0]);
    expect(target.loadStateDict(dict, { strict: false })).toEqual({ missing: ['head.weight'], unexpected: ['other'] });
    expect(target.scale.value.data[0]).toBe(5);
    dict.scale = tensor([1, 2]);
    expect(() => target.loadStateDict(dict, { strict: false })).toThrow(ShapeError);
    expect(target.scale.value.data[0]).toBe(5);
  });
});
