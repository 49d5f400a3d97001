/**
 * The command line: `mnemo-sentiment <command> [options]`.
 *
 * Exit codes: 0 done; 1 a problem with files or data (a model directory that
 * is missing or corrupted, ...), with a one-line message naming the file;
 * 2 a mistake on the command line, with the usage line. Never a stack trace
 * (set MNEMO_DEBUG=1 to see one).
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { MnemoError } from '@mnemo/tensor';
import { runCommand, type CliIo } from './commands.js';
import { commands, helpText, usageLine, UsageError } from './flags.js';

const PROGRAM = 'mnemo-sentiment';

/** The real terminal: process streams and environment. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
  };
}

/** Whether to colour output: FORCE_COLOR decides if set, then NO_COLOR (any value) turns it off, else only on a terminal. */
export function useColor(io: CliIo): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdout.isTTY === true && io.env.TERM !== 'dumb';
}

/** Turns node:util parseArgs's errors into one line that names the flag. */
function parseError(error: unknown, command: string): UsageError {
  const { code, message } = error as { code?: string; message: string };
  const quoted = /'([^']+)'/.exec(message)?.[1];
  const flag = quoted?.split(' ')[0];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`unknown option ${flag ?? ''}`.trim(), command);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(message.includes('argument missing') ? `option ${flag ?? ''} needs a value` : `bad value: ${message.split('\n')[0]}`, command);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`unexpected argument ${quoted === undefined ? '' : JSON.stringify(quoted)}; ${command} takes no text`, command);
    default:
      return new UsageError(message.split('\n')[0], command);
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `internal error: ${String(error)}`;
  const { message, name } = error;
  if (MnemoError.isInstance(error)) return `${name}: ${message}`;
  const { code, syscall } = error as NodeJS.ErrnoException;
  if (typeof code === 'string' && syscall !== undefined) return `file error: ${message}`;
  return `internal error: ${message} (set MNEMO_DEBUG=1 for the stack trace)`;
}

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the
 * exit code. Output goes to `io` (tests pass collectors).
 *
 * @example
 * ```ts
 * process.exitCode = await main(['predict', 'What a great phone!']);
 * ```
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  // `pnpm cli -- predict ...` passes the `--` along: skip it.
  const [command, ...rest] = argv[0] === '--' ? argv.slice(1) : argv;
  const fail = (error: UsageError): number => {
    io.stderr.write(`${PROGRAM}: ${error.message}\n${usageLine(error.command)}\n`);
    return 2;
  };
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const [topic] = rest;
    if (command === 'help' && topic !== undefined && !(topic in commands)) return fail(new UsageError(`unknown command "${topic}"`));
    io.stdout.write(`${helpText(topic)}\n`);
    return command === undefined ? 2 : 0;
  }
  const spec = commands[command];
  if (spec === undefined || !Object.hasOwn(commands, command)) {
    return fail(new UsageError(`unknown command "${command}"`));
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options: spec.options, allowPositionals: spec.positionals, strict: true });
  } catch (error) {
    return fail(parseError(error, command));
  }
  if (parsed.values.help === true) {
    io.stdout.write(`${helpText(command)}\n`);
    return 0;
  }
  try {
    await runCommand(command, { io, color: useColor(io), values: parsed.values, positionals: parsed.positionals });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return fail(error);
    io.stderr.write(`${PROGRAM}: ${describeError(error)}\n`);
    if (io.env.MNEMO_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.once('SIGINT', () => {
    process.stderr.write(`\n${PROGRAM}: interrupted. A training run keeps its last finished epoch: continue it with ${PROGRAM} train --resume [--model <dir>]\n`);
    process.exit(130);
  });
  // `mnemo-sentiment predict ... | head`: a closed pipe ends the program quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2));
}
