/**
 * streamClassFolders and loadClassFolders: one text file per example, one folder per class.
 */
import { readdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FormatError, ValueError } from '@mnemo/tensor';
import { MalformedRows, type MalformedOptions } from '../line-format.js';
import { checkArray, checkOptions, describe } from '../options.js';
import { checkPath } from './check-path.js';
import { collect, recordStream, type RecordStream } from './record-stream.js';

/** Options of {@link loadClassFolders} and {@link streamClassFolders}. */
export interface ClassFoldersOptions extends Omit<MalformedOptions, 'file'> {
  /** The class folders to read, in label order (label = index). Default: every non-hidden subfolder, sorted. */
  classes?: readonly string[];
  /** Only files whose names end with this are read (default `'.txt'`; `''` reads every file). */
  extension?: string;
}

/** One text of a class-folder data set. */
export interface ClassFolderText {
  text: string;
  /** The index of the class in `classes`. */
  label: number;
  /** The class (folder) name. */
  className: string;
  /** Path of the file. */
  file: string;
}

/** A {@link RecordStream} of class-folder texts that also knows the class names. */
export interface ClassFolderStream extends RecordStream<ClassFolderText> {
  /** The class names, at their labels. */
  readonly classes: readonly string[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Streams a folder-per-class data set, the layout of the large IMDb review set
 * (`train/pos/*.txt`, `train/neg/*.txt`): each file is one text, its folder its
 * class. Classes come in `classes` order (default: subfolders sorted, so
 * `neg` = 0, `pos` = 1), files in code-unit order of their names; one file is
 * read at a time. A file that is not valid UTF-8 throws a FormatError naming
 * it, or is skipped and counted with `onMalformed: 'skip'`. Empty files give
 * empty texts. The order is grouped by class: shuffle before training.
 *
 * @param directory - the folder holding one subfolder per class.
 * @returns an async iterable of `{ text, label, className, file }` with `classes` and `skipped`.
 *
 * @example
 * ```ts
 * // aclImdb/train also holds unsup/ (unlabelled): name the classes to leave it out.
 * const texts = streamClassFolders('aclImdb/train', { classes: ['neg', 'pos'] });
 * for await (const { text, label } of texts) { ... }
 * ```
 */
export function streamClassFolders(directory: string, options: ClassFoldersOptions = {}): ClassFolderStream {
  const op = 'streamClassFolders(directory, options)';
  checkPath(op, 'directory', directory);
  checkOptions(op, options, ['classes', 'extension', 'onMalformed', 'onSkip']);
  const extension = options.extension ?? '.txt';
  if (typeof extension !== 'string') throw new ValueError(`${op}: extension must be a string, got ${describe(extension)}`);
  const folders = readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name);
  let classes: string[];
  if (options.classes === undefined) {
    classes = folders.sort();
    if (classes.length === 0) throw new FormatError('no class subfolders found', { file: directory });
  } else {
    checkArray(op, 'classes', options.classes);
    classes = [...options.classes];
    for (const name of classes) {
      if (typeof name !== 'string') throw new ValueError(`${op}: classes must be folder names, got ${describe(name)}`);
      if (!folders.includes(name)) throw new FormatError(`class folder ${JSON.stringify(name)} does not exist (found ${describe(folders.sort())})`, { file: directory });
    }
    if (new Set(classes).size !== classes.length) throw new ValueError(`${op}: classes ${describe(classes)} lists a folder twice`);
  }
  const makeRows = (): MalformedRows => new MalformedRows(op, options, directory);
  makeRows();

  async function* pass(rows: MalformedRows): AsyncGenerator<ClassFolderText, void, undefined> {
    for (let label = 0; label < classes.length; label++) {
      const folder = join(directory, classes[label]);
      const entries = await readdir(folder, { withFileTypes: true });
      const names = entries
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name.endsWith(extension))
        .map((entry) => entry.name)
        .sort();
      for (const name of names) {
        const file = join(folder, name);
        const bytes = await readFile(file);
        let text: string;
        try {
          text = decoder.decode(bytes);
        } catch {
          rows.take({ problem: 'the file is not valid UTF-8', file });
          continue;
        }
        yield { text, label, className: classes[label], file };
      }
    }
  }

  const stream = recordStream(makeRows, pass);
  return Object.defineProperties(stream, { classes: { value: Object.freeze([...classes]), enumerable: true } }) as ClassFolderStream;
}

/**
 * Reads a whole folder-per-class data set into memory; see {@link streamClassFolders}.
 *
 * @returns `{ records: { text, label, className, file }[], skipped, classes }`.
 *
 * @example
 * ```ts
 * const { records, classes } = await loadClassFolders('reviews'); // reviews/neg/*.txt, reviews/pos/*.txt
 * classes // ['neg', 'pos']
 * ```
 */
export async function loadClassFolders(
  directory: string,
  options: ClassFoldersOptions = {},
): Promise<{ records: ClassFolderText[]; skipped: number; classes: readonly string[] }> {
  const stream = streamClassFolders(directory, options);
  const { records, skipped } = await collect(stream);
  return { records, skipped, classes: stream.classes };
}
