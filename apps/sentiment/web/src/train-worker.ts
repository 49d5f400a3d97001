/**
 * The Web Worker that trains the classifier, so the page stays responsive:
 * one `train` request in, progress messages out (see protocol.ts).
 */
import { loadSentimentSentences } from '@mnemo/datasets';
import { trainInBrowser } from './browser-training.js';
import type { TrainRequest, WorkerMessage } from './protocol.js';

const post = (message: WorkerMessage): void => self.postMessage(message);

self.addEventListener('message', async (event: MessageEvent<TrainRequest>) => {
  try {
    await trainInBrowser(loadSentimentSentences(), event.data, post);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
});
