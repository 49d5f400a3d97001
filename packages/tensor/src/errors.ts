/**
 * Typed errors shared by every mnemo package.
 *
 * Each class carries a `Symbol.for` brand, so `instanceof` and `isInstance`
 * work even when two copies of `@mnemo/tensor` end up in one program (a
 * bundler duplicating it, or two versions in `node_modules`).
 *
 * Messages name the operation, the argument and the shapes or values involved:
 * `matMul(a, b): a is [2,3], b is [4,5]; inner sizes 3 and 4 differ`.
 */

const brandOf = (name: string): symbol => Symbol.for(`@mnemo/error/${name}`);

/**
 * Base class of every error mnemo throws on purpose.
 *
 * @example
 * ```ts
 * try { matMul(a, b); } catch (e) { if (MnemoError.isInstance(e)) console.log(e.message); }
 * ```
 */
export class MnemoError extends Error {
  /** The brand every instance of this class (and its subclasses) carries. */
  static readonly brand: symbol = brandOf('MnemoError');

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.errorName;
    // Stamp the brand of the class and of every ancestor on the instance.
    for (let ctor: unknown = new.target; ctor && ctor !== Error; ctor = Object.getPrototypeOf(ctor)) {
      const brand = Object.prototype.hasOwnProperty.call(ctor, 'brand') ? (ctor as { brand: symbol }).brand : undefined;
      if (brand) Object.defineProperty(this, brand, { value: true, enumerable: false });
    }
  }

  /** The class name used in `error.name`, stable under minification. */
  static readonly errorName: string = 'MnemoError';

  /** True when `value` is an instance of this error class, from any copy of mnemo. */
  static isInstance<T extends abstract new (...args: never[]) => MnemoError>(
    this: T & { brand: symbol },
    value: unknown,
  ): value is InstanceType<T> {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[this.brand] === true;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[this.brand] === true;
  }
}

/**
 * Shapes that do not fit the operation: wrong rank, mismatched sizes,
 * shapes that cannot broadcast, a data length that is not the shape's size.
 *
 * @example
 * ```ts
 * add(zeros([2, 3]), zeros([4])); // ShapeError: add(a, b): shapes [2,3] and [4] do not broadcast
 * ```
 */
export class ShapeError extends MnemoError {
  static override readonly brand: symbol = brandOf('ShapeError');
  static override readonly errorName: string = 'ShapeError';
}

/**
 * A value that is not allowed: NaN where a number is needed, a negative
 * learning rate, an unknown option.
 *
 * @example
 * ```ts
 * full([2], NaN) // fine: NaN is a float32 value; but zeros([2.5]) throws ValueError
 * ```
 */
export class ValueError extends MnemoError {
  static override readonly brand: symbol = brandOf('ValueError');
  static override readonly errorName: string = 'ValueError';
}

/**
 * An index or axis that is out of range or not an integer.
 *
 * @example
 * ```ts
 * gather(table, tensor([7])) // IndexError when table has fewer than 8 rows
 * ```
 */
export class IndexError extends MnemoError {
  static override readonly brand: symbol = brandOf('IndexError');
  static override readonly errorName: string = 'IndexError';
}

/** Where in a file a {@link FormatError} was found. */
export interface FormatErrorLocation {
  /** Path of the file (or a label such as `"<bytes>"`). */
  file?: string;
  /** 1-based line number, for text formats. */
  line?: number;
}

/**
 * A file or byte buffer that is not in the expected format: a truncated
 * safetensors file, a malformed CSV row. Names the file and, for text, the line.
 *
 * @example
 * ```ts
 * throw new FormatError('header length 900 exceeds file size 120', { file: 'model.safetensors' });
 * // FormatError: model.safetensors: header length 900 exceeds file size 120
 * ```
 */
export class FormatError extends MnemoError {
  static override readonly brand: symbol = brandOf('FormatError');
  static override readonly errorName: string = 'FormatError';
  /** The file, if known. */
  readonly file: string | undefined;
  /** The 1-based line, if known. */
  readonly line: number | undefined;

  constructor(message: string, location: FormatErrorLocation = {}, options?: ErrorOptions) {
    const where = location.file === undefined ? '' : location.line === undefined ? `${location.file}: ` : `${location.file}:${location.line}: `;
    super(where + message, options);
    this.file = location.file;
    this.line = location.line;
  }
}
