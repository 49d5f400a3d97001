/**
 * Loading each contender inside its child process. tfjs is imported
 * dynamically here and nowhere else, so the mnemo process never loads it.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ContenderContext, ContenderName } from './workload.js';

/** A loaded contender: the context for `prepare` and a line describing the setup. */
export interface LoadedContender {
  context: ContenderContext;
  description: string;
}

/** Loads a contender's library and backend (tfjs in production mode, single-threaded wasm). */
export async function loadContender(name: ContenderName): Promise<LoadedContender> {
  if (name === 'mnemo') {
    const require = createRequire(import.meta.url);
    const { version } = require('@mnemo/tensor/package.json') as { version: string };
    return { context: { contender: 'mnemo' }, description: `@mnemo/tensor ${version} (source)` };
  }
  const tf = await import('@tensorflow/tfjs');
  // PROD skips tfjs's debug checks and its "install tfjs-node" banner.
  tf.env().set('PROD', true);
  if (name === 'tfjs-cpu') {
    await tf.setBackend('cpu');
    await tf.ready();
    return { context: { contender: name, tf }, description: `@tensorflow/tfjs ${tf.version.tfjs}, cpu backend` };
  }
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  // Load the .wasm files from the package directory: no network.
  const require = createRequire(import.meta.url);
  const wasmDirectory = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + path.sep;
  wasm.setWasmPaths(wasmDirectory);
  // One thread, like every other contender here.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  if (!(await tf.setBackend('wasm'))) throw new Error('tfjs-wasm: the wasm backend failed to initialise');
  await tf.ready();
  const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
  return {
    context: { contender: name, tf },
    description: `@tensorflow/tfjs-backend-wasm ${wasm.version_wasm}, ${simd ? 'SIMD' : 'no SIMD'}, 1 thread`,
  };
}
