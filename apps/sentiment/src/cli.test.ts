import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, useColor } from './cli.js';
import type { CliIo } from './commands.js';
import { temporaryDirectory, trainTiny } from './test-helpers.js';

interface Captured {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
}

function capture(options: { stdin?: string[] | null; env?: Record<string, string> } = {}): Captured {
  let out = '';
  let err = '';
  const lines = options.stdin;
  const io: CliIo = {
    stdout: { write: (text: string) => (out += text), isTTY: false },
    stderr: { write: (text: string) => (err += text) },
    stdin: lines === undefined || lines === null ? null : (async function* () { yield lines.join('\n'); })(),
    env: options.env ?? {},
  };
  return { io, stdout: () => out, stderr: () => err };
}

async function run(argv: string[], options?: Parameters<typeof capture>[0]): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = capture(options);
  const code = await main(argv, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('command-line mistakes: one line, the usage, exit code 2', () => {
  it.each([
    [['frobnicate'], 'mnemo-sentiment: unknown command "frobnicate"'],
    [['train', '--frobnicate'], 'mnemo-sentiment: unknown option --frobnicate'],
    [['train', '--epochs', 'abc'], 'mnemo-sentiment: --epochs must be an integer, got "abc"'],
    [['train', '--epochs', '2.5'], 'mnemo-sentiment: --epochs must be an integer, got "2.5"'],
    [['train', '--learning-rate', ''], 'mnemo-sentiment: --learning-rate must be a number, got ""'],
    [['train', '--dropout', '1.5'], 'mnemo-sentiment: --dropout must be a number in [0, 1), got "1.5"'],
    [['train', '--pooling', 'median'], 'mnemo-sentiment: --pooling must be one of last, max, mean, got "median"'],
    [['train', '--bidirectional', '--unidirectional'], 'mnemo-sentiment: --bidirectional and --unidirectional exclude each other'],
    [['train', '--epochs'], 'mnemo-sentiment: option --epochs needs a value'],
    [['evaluate', 'some text'], 'mnemo-sentiment: unexpected argument "some text"; evaluate takes no text'],
    [['inspect', '--units', '0', 'hello'], 'mnemo-sentiment: --units must be at least 1, got 0'],
    [['baseline', '--seeds', '1,x'], 'mnemo-sentiment: --seeds must be an integer, got "x"'],
    [['predict'], 'mnemo-sentiment: give the text as an argument'],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0].startsWith(message)).toBe(true);
    expect(lines[1]).toMatch(/^usage: mnemo-sentiment/);
  });

  it('prints the program help without a command (exit 2) and per-command help with --help (exit 0)', async () => {
    const bare = await run([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toContain('train');
    const help = await run(['train', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: mnemo-sentiment train/);
    expect(help.stdout).toContain('--hidden-size <n>');
    expect((await run(['help', 'inspect'])).stdout).toContain('--units <n>');
  });
});

describe('file problems: a clear message naming the file, exit code 1, no stack trace', () => {
  it('reports a missing model directory', async () => {
    const directory = join(await temporaryDirectory(), 'nothing-here');
    const { code, stderr } = await run(['predict', '--model', directory, 'hello']);
    expect(code).toBe(1);
    expect(stderr).toBe(`mnemo-sentiment: BundleError: ${join(directory, 'config.json')}: not found (model settings). Train a model first: mnemo-sentiment train --model <dir>\n`);
  });

  it('reports a corrupted weights file', async () => {
    const { files } = await trainTiny();
    await writeFile(join(files.directory, 'weights.safetensors'), 'not a safetensors file at all');
    const { code, stderr } = await run(['evaluate', '--model', files.directory]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^mnemo-sentiment: FormatError: .*weights\.safetensors: /);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('commands on a trained model', () => {
  let directory: string;
  beforeAll(async () => {
    directory = (await trainTiny()).files.directory;
  });

  it('predicts texts given as arguments, including awkward ones', async () => {
    const { code, stdout } = await run(['predict', '-m', directory, 'Great value!', '', '😍']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^(positive|negative) +0\.\d\d {2}"Great value!"\n/);
    expect(stdout).toMatch(/\nempty {4}0\.\d\d {2}""\n +note: empty input/);
    expect(stdout).toContain('note: no word is in the vocabulary');
  });

  it('predicts lines from stdin, as JSON when asked', async () => {
    const { code, stdout } = await run(['predict', '--model', directory, '--json'], { stdin: ['Loved it.', '', 'Hated it.'] });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.text)).toEqual(['Loved it.', 'Hated it.']);
    expect(lines[0].probability).toBeGreaterThan(0);
  });

  it('inspects a sentence and writes inspect.svg', async () => {
    const { code, stdout } = await run(['inspect', '--model', directory, '--units', '2', 'I need to take a loan']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\nloan\*? +0\.\d\d /);
    expect(stdout).toContain(`heat map picture: ${join(directory, 'inspect.svg')}`);
    expect(await readFile(join(directory, 'inspect.svg'), 'utf8')).toMatch(/^<svg /);
  });

  it('evaluates with the baseline beside it', async () => {
    const { code, stdout } = await run(['evaluate', '--model', directory]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/accuracy +\d+\.\d%/);
    expect(stdout).toContain('confusion matrix');
    expect(stdout).toContain('bag-of-words logistic regression on the same split');
  });
});

describe('useColor', () => {
  const io = (isTTY: boolean, env: Record<string, string>): CliIo => ({ stdout: { write: () => true, isTTY }, stderr: { write: () => true }, stdin: null, env });
  it('colours terminals only, and respects NO_COLOR and FORCE_COLOR', () => {
    expect(useColor(io(true, {}))).toBe(true);
    expect(useColor(io(false, {}))).toBe(false);
    expect(useColor(io(true, { NO_COLOR: '1' }))).toBe(false);
    expect(useColor(io(false, { FORCE_COLOR: '1' }))).toBe(true);
    expect(useColor(io(true, { FORCE_COLOR: '0' }))).toBe(false);
  });
});

describe('inspect on a narrow colour terminal', () => {
  it('shows fewer units so a line fits in 80 columns', async () => {
    const { files } = await trainTiny();
    const captured = capture({ env: { FORCE_COLOR: '1' } });
    captured.io.stdout.columns = 80;
    expect(await main(['inspect', '--model', files.directory, 'I need to take a loan'], captured.io)).toBe(0);
    const visible = (line: string): number => [...line.replace(/\x1b\[[0-9;]*m/g, '')].length; // eslint-disable-line no-control-regex
    const wordLines = captured.stdout().split('\n').slice(2, 8);
    expect(wordLines).toHaveLength(6);
    for (const line of wordLines) expect(visible(line)).toBeLessThanOrEqual(80);
  });
});
