/**
 * The browser test of the web page, in Debian's Chromium (never a downloaded
 * browser): builds the page, serves it on 127.0.0.1, trains a quick model in it,
 * reads sentences, loads a model directory saved by the CLI and a broken one,
 * checks that the console stayed clean, and saves a screenshot (to the temp
 * folder unless --screenshot names a path).
 *
 *     pnpm --filter @mnemo/sentiment-app test:browser                            # 1 epoch on 300 sentences
 *     pnpm --filter @mnemo/sentiment-app test:browser --epochs 20 --limit 3000 --screenshot web/screenshot.png   # the README's picture
 *     pnpm --filter @mnemo/sentiment-app test:browser --dev                      # against the dev server instead of the build
 *
 * Not part of `pnpm test`: CI machines have no Chromium.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadSentimentSentences, tokenize } from '@mnemo/datasets';
import { chromium, type Page } from 'playwright-core';
import { build, createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { defaultModelConfig, defaultTrainingConfig } from '../src/config.js';
import { trainModel } from '../src/train.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const webDirectory = fileURLToPath(new URL('.', import.meta.url));
const configFile = join(webDirectory, 'vite.config.ts');
const SCREENSHOT_SENTENCE = 'I was hoping for more, but it was a waste of money.';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`browser test failed: ${message}`);
}

/** A model directory written by the CLI's own trainModel: tiny, one epoch. */
async function cliModelDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'mnemo-web-model-'));
  await trainModel({
    directory,
    config: {
      model: { embeddingSize: 8, hiddenSize: 6, bidirectional: false, pooling: 'last', dropout: 0.2, embeddingDropout: 0.1, maxLength: 40 },
      training: { ...defaultTrainingConfig, epochs: 1, batchSize: 16, timeLimitSeconds: 0 },
    },
    sentences: loadSentimentSentences().filter((_, index) => index % 25 === 0),
    output: { write: () => true },
    writeCurves: false,
  });
  return directory;
}

/** Types `text` into the text box and checks the reading: P(positive) in [0, 1], one heat-map column per token read. */
async function readSentence(page: Page, text: string): Promise<number> {
  await page.fill('#text', text);
  const tokens = tokenize(text).slice(0, defaultModelConfig.maxLength);
  await page.waitForFunction(
    ([expected]) => {
      const number = document.querySelector('#probability');
      const columns = document.querySelectorAll('#heatmap thead th.token').length;
      return number !== null && columns === expected && (expected > 0 || document.querySelector('#heatmap') === null);
    },
    [tokens.length],
    { timeout: 10_000 },
  );
  const probability = Number(await page.textContent('#probability'));
  check(Number.isFinite(probability) && probability >= 0 && probability <= 1, `P(positive) for ${JSON.stringify(text)} is ${probability}`);
  const shownTokens = await page.$$eval('#heatmap thead th.token', (cells) => cells.map((cell) => cell.textContent ?? ''));
  check(shownTokens.length === tokens.length, `${shownTokens.length} heat-map columns for ${tokens.length} tokens`);
  shownTokens.forEach((shown, index) => check(shown.replace(/\*$/, '') === tokens[index], `column ${index} is ${JSON.stringify(shown)}, token ${JSON.stringify(tokens[index])}`));
  const rowLengths = await page.$$eval('#heatmap tbody tr:not(.block-title)', (rows) => rows.map((row) => row.querySelectorAll('td').length));
  check(rowLengths.every((length) => length === tokens.length), `heat-map rows have ${[...new Set(rowLengths)].join('/')} cells, expected ${tokens.length}`);
  console.log(`  ${probability.toFixed(2)}  ${JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text)} (${tokens.length} columns)`);
  return probability;
}

/** `vite build` into web/dist, then `vite preview` of it. */
async function buildAndPreview(): Promise<PreviewServer> {
  await build({ configFile, logLevel: 'warn' });
  return preview({ configFile, logLevel: 'warn', preview: { host: '127.0.0.1', port: 4173, strictPort: false } });
}

/** The dev server, as `pnpm web` runs it. */
async function devServer(): Promise<ViteDevServer> {
  const server = await createServer({ configFile, logLevel: 'warn', server: { host: '127.0.0.1', port: 5173, strictPort: false } });
  return server.listen();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((argument) => argument !== '--'), // pnpm passes its `--` through
    options: {
      epochs: { type: 'string', default: '1' },
      limit: { type: 'string', default: '300' },
      dev: { type: 'boolean', default: false },
      // Where the page's picture goes; the committed web/screenshot.png is only rewritten when asked for.
      screenshot: { type: 'string', default: join(tmpdir(), 'mnemo-sentiment-web.png') },
    },
  });
  if (!existsSync(CHROMIUM)) {
    console.error(`No Chromium at ${CHROMIUM}. Install Debian's package (as root): apt-get update && apt-get install -y chromium`);
    console.error('or point CHROMIUM_PATH at a Chromium executable. This test never downloads a browser.');
    process.exit(1);
  }
  const started = performance.now();
  const seconds = (): string => `${((performance.now() - started) / 1000).toFixed(1)}s`;
  const server = values.dev ? await devServer() : await buildAndPreview();
  const url = server.resolvedUrls?.local[0];
  check(url !== undefined, 'vite preview gave no URL');
  const userDataDirectory = await mkdtemp(join(tmpdir(), 'mnemo-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDirectory, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1200, height: 900 },
  });
  const modelDirectory = await cliModelDirectory();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));

    console.log(`${values.dev ? 'dev server at' : 'built and serving'} ${url} (${seconds()}); training ${values.epochs} epoch(s) on ${values.limit} sentences`);
    await page.goto(`${url}?epochs=${values.epochs}&limit=${values.limit}`);
    await page.click('#train');
    await page.waitForSelector('#training-status:is([data-state="done"], [data-state="error"])', { timeout: 15 * 60_000 });
    const status = await page.textContent('#training-status');
    check((await page.getAttribute('#training-status', 'data-state')) === 'done', `training ended with "${status}"`);
    console.log(`trained (${seconds()}): ${status}`);

    await readSentence(page, 'This phone is great, I love it.');
    await readSentence(page, 'The flibbertigibbet was scrumptiously zorky.');
    check(await page.isVisible('text=Words marked * are not in the vocabulary'), 'unknown words are not explained');
    await readSentence(page, 'Absolutely loved it 😍👍');
    await readSentence(page, '   ');
    check(await page.isVisible('text=empty input'), 'empty input has no note');
    await readSentence(page, 'so good. '.repeat(100));
    check(await page.isVisible('text=long input'), 'a cut long input has no note');
    await readSentence(page, SCREENSHOT_SENTENCE);
    check(problems.length === 0, problems.join('\n'));
    check(await page.isHidden('#error'), `the page shows an error: ${await page.textContent('#error')}`);
    const screenshot = values.screenshot;
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`screenshot: ${screenshot}`);

    const files = ['weights.safetensors', 'vocabulary.json', 'config.json'].map((name) => join(modelDirectory, name));
    await page.setInputFiles('#model-files', files);
    await page.waitForSelector('text=Model in use: loaded from files');
    await readSentence(page, SCREENSHOT_SENTENCE);
    const weights = await readFile(files[0]);
    await page.setInputFiles('#model-files', [
      { name: 'weights.safetensors', mimeType: 'application/octet-stream', buffer: weights.subarray(0, weights.length - 100) },
      { name: 'vocabulary.json', mimeType: 'application/json', buffer: await readFile(files[1]) },
      { name: 'config.json', mimeType: 'application/json', buffer: await readFile(files[2]) },
    ]);
    await page.waitForSelector('#error:not([hidden])');
    const message = (await page.textContent('#error')) ?? '';
    check(message.includes('weights.safetensors'), `a truncated weights file gives "${message}"`);
    console.log(`  a truncated weights file: ${message}`);
    await page.setInputFiles('#model-files', [files[2]]);
    await page.waitForFunction(() => document.querySelector('#error')?.textContent?.includes('missing weights.safetensors, vocabulary.json'));
    check(problems.length === 0, problems.join('\n'));
    console.log(`browser test passed in ${seconds()}`);
  } finally {
    await context.close();
    await server.close();
    await rm(userDataDirectory, { recursive: true, force: true });
    await rm(modelDirectory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
