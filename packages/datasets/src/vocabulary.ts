/**
 * Vocabulary: the two-way map between tokens and the integer ids an
 * Embedding layer looks up.
 */
import { FormatError, IndexError, ValueError } from '@mnemo/tensor';
import { checkFunction, checkInteger, checkOptions, describe } from './options.js';
import { tokenize } from './tokenize.js';

/** Turns a text into tokens; {@link tokenize} by default. */
export type Tokenizer = (text: string) => string[];

/** Options of {@link Vocabulary.build}. */
export interface VocabularyBuildOptions {
  /** Keep only tokens seen at least this many times (default 1). */
  minFrequency?: number;
  /** Largest vocabulary size, counting `<pad>` and `<unk>` (default: no limit). At least 2. */
  maxSize?: number;
  /** How texts (strings) are split; default {@link tokenize}. Ignored for token lists. */
  tokenizer?: Tokenizer;
}

/** Options of {@link Vocabulary.fromJSON} and the constructor. */
export interface VocabularyOptions {
  /** How `encode` splits a string; default {@link tokenize}. Not saved by `toJSON`. */
  tokenizer?: Tokenizer;
}

/** Options of {@link Vocabulary.decode}. */
export interface DecodeOptions {
  /** Leave out `<pad>` tokens (default false). */
  skipPadding?: boolean;
}

/** The plain-data form of a {@link Vocabulary}, as `toJSON()` returns and `fromJSON()` reads. */
export interface VocabularyJSON {
  format: 'mnemo-vocabulary';
  version: 1;
  /** Every token, at its id: `tokens[0] === '<pad>'`, `tokens[1] === '<unk>'`. */
  tokens: string[];
}

const PAD = '<pad>';
const UNK = '<unk>';

/**
 * A fixed list of tokens, each at its id. Id 0 is `<pad>` (what
 * {@link padSequences} fills with), id 1 is `<unk>` (what every unseen token
 * becomes, so encoding never fails), then the corpus tokens by descending
 * frequency, ties broken by code-unit order of the token (deterministic on
 * every platform).
 *
 * @example
 * ```ts
 * const vocabulary = Vocabulary.build(['the film was good', 'the film was bad'], { minFrequency: 2 });
 * vocabulary.tokens        // ['<pad>', '<unk>', 'film', 'the', 'was']
 * vocabulary.encode('the plot was good') // [3, 1, 4, 1]
 * vocabulary.decode([3, 1, 0], { skipPadding: true }) // ['the', '<unk>']
 * ```
 */
export class Vocabulary {
  /** The padding token, at id 0. */
  static readonly padToken = PAD;
  /** The unknown-token token, at id 1. */
  static readonly unknownToken = UNK;

  /** Every token, at its id. */
  readonly tokens: readonly string[];
  /** The id of `<pad>`: 0. */
  readonly padIndex = 0;
  /** The id of `<unk>`: 1. */
  readonly unkIndex = 1;
  private readonly ids: Map<string, number>;
  private readonly tokenizer: Tokenizer;

  /**
   * Wraps a token list that starts with `<pad>`, `<unk>` and holds no duplicates.
   * Most callers use {@link Vocabulary.build} or {@link Vocabulary.fromJSON}.
   */
  constructor(tokens: readonly string[], options: VocabularyOptions = {}) {
    checkOptions('new Vocabulary(tokens, options)', options, ['tokenizer']);
    const problem = problemWithTokens(tokens);
    if (problem !== undefined) throw new ValueError(`new Vocabulary(tokens): ${problem}`);
    this.tokens = Object.freeze([...tokens]);
    this.ids = new Map(tokens.map((token, index) => [token, index]));
    this.tokenizer = options.tokenizer === undefined ? tokenize : checkFunction('new Vocabulary(tokens, options)', 'tokenizer', options.tokenizer);
  }

  /**
   * Counts the tokens of `texts` (strings, tokenized, or token lists, used as
   * they are) and keeps those seen at least `minFrequency` times, the most
   * frequent first, up to `maxSize` entries in all.
   *
   * @param texts - strings or token lists; empty ones are fine.
   * @param options.minFrequency - integer >= 1 (default 1).
   * @param options.maxSize - integer >= 2, counting `<pad>` and `<unk>` (default unlimited).
   * @param options.tokenizer - splits strings, here and in `encode` (default {@link tokenize}).
   *
   * @example
   * ```ts
   * Vocabulary.build([['a', 'b'], ['a']]).tokens // ['<pad>', '<unk>', 'a', 'b']
   * ```
   */
  static build(texts: Iterable<string | readonly string[]>, options: VocabularyBuildOptions = {}): Vocabulary {
    const op = 'Vocabulary.build(texts, options)';
    checkOptions(op, options, ['minFrequency', 'maxSize', 'tokenizer']);
    const minFrequency = checkInteger(op, 'minFrequency', options.minFrequency ?? 1);
    const maxSize = options.maxSize === undefined ? Infinity : checkInteger(op, 'maxSize', options.maxSize, 2);
    const tokenizer = options.tokenizer === undefined ? tokenize : checkFunction<Tokenizer>(op, 'tokenizer', options.tokenizer);
    if (texts === null || typeof (texts as Iterable<unknown>)?.[Symbol.iterator] !== 'function' || typeof texts === 'string') {
      throw new ValueError(`${op}: texts must be an array (or iterable) of strings or token arrays, got ${describe(texts)}`);
    }
    const counts = new Map<string, number>();
    let index = 0;
    for (const text of texts) {
      const tokens = typeof text === 'string' ? tokenizer(text) : text;
      if (!Array.isArray(tokens)) throw new ValueError(`${op}: texts[${index}] must be a string or an array of tokens, got ${describe(text)}`);
      for (const token of tokens) {
        if (typeof token !== 'string') throw new ValueError(`${op}: texts[${index}] holds a token that is not a string: ${describe(token)}`);
        if (token === PAD || token === UNK) continue;
        counts.set(token, (counts.get(token) ?? 0) + 1);
      }
      index++;
    }
    const kept = [...counts].filter(([, count]) => count >= minFrequency);
    kept.sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0));
    const tokens = [PAD, UNK, ...kept.slice(0, maxSize - 2).map(([token]) => token)];
    return new Vocabulary(tokens, options.tokenizer === undefined ? {} : { tokenizer });
  }

  /**
   * Reads a vocabulary saved by `toJSON()`: the object, or its JSON text.
   * Throws FormatError naming what is wrong when the data is not a vocabulary.
   *
   * @example
   * ```ts
   * const copy = Vocabulary.fromJSON(JSON.stringify(vocabulary));
   * ```
   */
  static fromJSON(json: unknown, options: VocabularyOptions & { file?: string } = {}): Vocabulary {
    const op = 'Vocabulary.fromJSON(json)';
    checkOptions(op, options, ['tokenizer', 'file']);
    const location = options.file === undefined ? {} : { file: options.file };
    let data = json;
    if (typeof json === 'string') {
      try {
        data = JSON.parse(json);
      } catch (error) {
        throw new FormatError(`${op}: not valid JSON (${(error as Error).message})`, location);
      }
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      throw new FormatError(`${op}: expected an object { format: 'mnemo-vocabulary', version: 1, tokens }, got ${describe(data)}`, location);
    }
    const { format, version, tokens } = data as Partial<VocabularyJSON>;
    if (format !== 'mnemo-vocabulary') throw new FormatError(`${op}: format must be "mnemo-vocabulary", got ${describe(format)}`, location);
    if (version !== 1) throw new FormatError(`${op}: unsupported version ${describe(version)}; this reader knows version 1`, location);
    const problem = problemWithTokens(tokens);
    if (problem !== undefined) throw new FormatError(`${op}: ${problem}`, location);
    return new Vocabulary(tokens as string[], options.tokenizer === undefined ? {} : { tokenizer: options.tokenizer });
  }

  /** Number of tokens, `<pad>` and `<unk>` included: the `numEmbeddings` of an Embedding layer. */
  get size(): number {
    return this.tokens.length;
  }

  /** True when `token` has its own id (is not mapped to `<unk>`). */
  has(token: string): boolean {
    return this.ids.has(token);
  }

  /** The id of `token`, or `unkIndex` (1) when the vocabulary does not hold it. */
  indexOf(token: string): number {
    return this.ids.get(token) ?? this.unkIndex;
  }

  /** The token at `index`; throws IndexError outside `[0, size)`. */
  tokenOf(index: number): string {
    if (!Number.isInteger(index) || index < 0 || index >= this.tokens.length) {
      throw new IndexError(`Vocabulary.tokenOf(index): index ${describe(index)} is outside [0, ${this.tokens.length})`);
    }
    return this.tokens[index];
  }

  /**
   * Token ids for a text (tokenized with the vocabulary's tokenizer) or a token
   * list. Unseen tokens become `unkIndex`; empty input gives `[]`.
   *
   * @example
   * ```ts
   * vocabulary.encode('a never-seen word') // ids, with 1 (<unk>) for the unseen tokens
   * ```
   */
  encode(textOrTokens: string | readonly string[]): number[] {
    const tokens = typeof textOrTokens === 'string' ? this.tokenizer(textOrTokens) : textOrTokens;
    if (!Array.isArray(tokens)) {
      throw new ValueError(`Vocabulary.encode(textOrTokens): expected a string or an array of tokens, got ${describe(textOrTokens)}`);
    }
    return tokens.map((token) => this.ids.get(token) ?? this.unkIndex);
  }

  /**
   * The tokens for a list of ids (a plain array or a Float32Array row of
   * padded ids). Throws IndexError for an id that is not an integer in `[0, size)`.
   *
   * @example
   * ```ts
   * vocabulary.decode([3, 4, 0, 0], { skipPadding: true }) // ['the', 'was']
   * ```
   */
  decode(ids: ArrayLike<number>, options: DecodeOptions = {}): string[] {
    checkOptions('Vocabulary.decode(ids, options)', options, ['skipPadding']);
    if (ids === null || typeof ids !== 'object' || typeof ids.length !== 'number') {
      throw new ValueError(`Vocabulary.decode(ids): ids must be an array of integers, got ${describe(ids)}`);
    }
    const tokens: string[] = [];
    for (let position = 0; position < ids.length; position++) {
      const id = ids[position];
      if (!Number.isInteger(id) || id < 0 || id >= this.tokens.length) {
        throw new IndexError(`Vocabulary.decode(ids): ids[${position}] is ${describe(id)}, not an id in [0, ${this.tokens.length})`);
      }
      if (options.skipPadding === true && id === this.padIndex) continue;
      tokens.push(this.tokens[id]);
    }
    return tokens;
  }

  /** The plain-data form, for `JSON.stringify`; read it back with {@link Vocabulary.fromJSON}. */
  toJSON(): VocabularyJSON {
    return { format: 'mnemo-vocabulary', version: 1, tokens: [...this.tokens] };
  }
}

function problemWithTokens(tokens: unknown): string | undefined {
  if (!Array.isArray(tokens)) return `tokens must be an array of strings, got ${describe(tokens)}`;
  if (tokens[0] !== PAD || tokens[1] !== UNK) {
    return `tokens must start with "${PAD}", "${UNK}", got ${describe(tokens.slice(0, 2))}`;
  }
  const seen = new Set<string>();
  for (let index = 0; index < tokens.length; index++) {
    const token: unknown = tokens[index];
    if (typeof token !== 'string') return `tokens[${index}] is ${describe(token)}, not a string`;
    if (seen.has(token)) return `tokens[${index}] ${describe(token)} appears twice`;
    seen.add(token);
  }
  return undefined;
}
