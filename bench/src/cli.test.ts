import { describe, expect, it } from 'vitest';
import { parseCli } from './cli.js';

describe('parseCli', () => {
  it('defaults to every contender, 7 rounds and the wall clock', () => {
    const options = parseCli([]);
    expect(options).toMatchObject({ contenders: ['mnemo', 'tfjs-cpu', 'tfjs-wasm'], rounds: 7, sampleMs: 200, clock: 'wall', quick: false });
  });

  it('shortens everything in quick mode unless told otherwise', () => {
    expect(parseCli(['--quick'])).toMatchObject({ rounds: 3, sampleMs: 60, warmupMs: 100 });
    expect(parseCli(['-q', '-r', '5'])).toMatchObject({ rounds: 5 });
  });

  it('splits comma lists', () => {
    const options = parseCli(['-w', 'mat-mul', '-c', 'square,lstm-step', '--contenders', 'mnemo,tfjs-wasm', '--clock', 'cpu']);
    expect(options).toMatchObject({ workloads: ['mat-mul'], cases: ['square', 'lstm-step'], contenders: ['mnemo', 'tfjs-wasm'], clock: 'cpu' });
  });

  it('rejects unknown contenders, bad numbers and clocks', () => {
    expect(() => parseCli(['--contenders', 'numpy'])).toThrow('unknown contender "numpy"');
    expect(() => parseCli(['--rounds', '0'])).toThrow('--rounds must be a positive number');
    expect(() => parseCli(['--rounds', '2.5'])).toThrow('--rounds must be an integer');
    expect(() => parseCli(['--clock', 'tsc'])).toThrow('--clock must be wall or cpu');
    expect(() => parseCli(['--nope'])).toThrow();
  });
});
