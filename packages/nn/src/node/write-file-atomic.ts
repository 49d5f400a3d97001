/**
 * Writing a file atomically: readers see the old file or the new one, never
 * half of the new one.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `contents` to `path` atomically: first to a temporary file in the
 * same directory, flushed to disk (fsync), then renamed over `path` (an
 * atomic replace on POSIX file systems and on NTFS). If anything fails, the
 * temporary file is removed and an existing file at `path` is left intact.
 * Strings are written as UTF-8.
 *
 * @example
 * ```ts
 * await writeFileAtomic('vocab.json', JSON.stringify(vocabulary.toJSON()));
 * await writeFileAtomic('model.safetensors', encodeSafetensors(model.stateDict()));
 * ```
 */
export async function writeFileAtomic(path: string, contents: Uint8Array | string): Promise<void> {
  const directory = dirname(path);
  const temporary = join(directory, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(temporary, 'wx', 0o644);
    await handle.writeFile(contents);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
}

/** Flushes the directory entry of the rename, where the platform allows it (not on Windows). */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Opening or syncing a directory is not supported everywhere; the rename itself already happened.
  }
}
