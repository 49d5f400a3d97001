/**
 * The sentiment page: train the classifier in a worker (or load a model
 * directory saved by the CLI), then read any text as you type it. Any error
 * shows as a message on the page.
 */
import type { Bundle } from '../../src/bundle-format.js';
import { EXAMPLE_SENTENCES, SEED_SENTENCE } from '../../src/examples.js';
import { byId, element } from './dom.js';
import { renderLegend } from './legend.js';
import { loadModelFiles, readPickedFiles } from './model-files.js';
import type { ModelFiles } from './protocol.js';
import { renderReading } from './reading-view.js';
import { prefillFromUrl, trainRequest, type SettingName } from './settings.js';
import { TrainingPanel } from './training-panel.js';

const form = byId<HTMLFormElement>('train-form');
const stopButton = byId<HTMLButtonElement>('stop');
const trainButton = byId<HTMLButtonElement>('train');
const fileInput = byId<HTMLInputElement>('model-files');
const textBox = byId<HTMLTextAreaElement>('text');
const reading = byId('reading');
const modelLine = byId('model-line');
const errorBox = byId('error');

let bundle: Bundle | null = null;

function showError(message: string): void {
  errorBox.textContent = message;
  errorBox.hidden = false;
}

const messageOf = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
window.addEventListener('error', (event) => showError(`unexpected error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => showError(`unexpected error: ${messageOf(event.reason)}`));

/** Milliseconds the last reading took: a long text (up to 200 words, ~1 s) is read again only once typing pauses. */
let lastReadingMilliseconds = 0;

function read(): void {
  if (bundle === null) return;
  const started = performance.now();
  try {
    renderReading(reading, bundle, textBox.value);
    lastReadingMilliseconds = performance.now() - started;
  } catch (error) {
    reading.replaceChildren();
    showError(`could not read this text: ${messageOf(error)}`);
  }
}

/** Loads model files (throwing on bad ones) and reads the text box with the model; `source` says where it came from. */
function useModel(files: ModelFiles, source: string): void {
  bundle = loadModelFiles(files);
  const { bestEpoch, validation, model } = bundle.info;
  const shape = `${model.bidirectional ? 'bidirectional ' : ''}LSTM, ${model.hiddenSize} units, vocabulary ${model.vocabularySize.toLocaleString('en-US')}`;
  modelLine.textContent = `Model in use: ${source}, epoch ${bestEpoch} (validation accuracy ${(100 * validation.accuracy).toFixed(1)}%); ${shape}.`;
  textBox.disabled = false;
  textBox.placeholder = 'Type a sentence…';
  read();
}

const panel = new TrainingPanel((files) => {
  try {
    useModel(files, 'trained in this page');
  } catch (error) {
    showError(`the trained model could not be loaded: ${messageOf(error)}`);
  }
});

prefillFromUrl(form, location.search);
renderLegend(byId('legend'));

form.addEventListener('submit', (event) => {
  event.preventDefault();
  errorBox.hidden = true;
  try {
    panel.start(trainRequest((name: SettingName) => (form.elements.namedItem(name) as HTMLInputElement).value));
  } catch (error) {
    showError((error as Error).message);
  }
});
stopButton.addEventListener('click', () => panel.stop());
document.addEventListener('statechange', () => {
  trainButton.disabled = panel.running;
  stopButton.disabled = !panel.running;
});

fileInput.addEventListener('change', async () => {
  errorBox.hidden = true;
  try {
    useModel(await readPickedFiles(fileInput.files ?? []), 'loaded from files');
    panel.stop('stopped: a model was loaded from files');
  } catch (error) {
    showError(`could not load the model: ${messageOf(error)}`);
  } finally {
    fileInput.value = '';
  }
});

let pending = 0;
textBox.addEventListener('input', () => {
  clearTimeout(pending);
  pending = window.setTimeout(read, Math.min(1000, 50 + 2 * lastReadingMilliseconds));
});
/** An example's button text: long sentences by their last clause (the seed sentence: "…I need to take a loan"). */
const exampleLabel = (text: string): string => (text.length > 60 ? `…${text.split(', ').at(-1)}` : text);
for (const text of [...EXAMPLE_SENTENCES, SEED_SENTENCE].filter((sentence) => sentence !== '')) {
  const button = element('button', { type: 'button', title: text }, exampleLabel(text));
  button.addEventListener('click', () => {
    textBox.value = text;
    read();
  });
  byId('examples').append(' ', button);
}
