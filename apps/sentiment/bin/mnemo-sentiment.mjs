#!/usr/bin/env node
// The `mnemo-sentiment` command: runs the CLI from its TypeScript source (no
// build step), with the workspace packages resolved to their source too.
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');
const result = spawnSync(process.execPath, ['--conditions=@mnemo/source', '--import', tsx, cli, ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.error) {
  process.stderr.write(`mnemo-sentiment: could not start node: ${result.error.message}\n`);
  process.exit(1);
}
process.exit(result.status ?? 1);
