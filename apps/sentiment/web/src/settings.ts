/**
 * The training settings the page offers (epochs, how many corpus sentences,
 * seed), prefilled from the URL, e.g. `?epochs=1&limit=300` for a run of
 * seconds. Everything else is the CLI's defaults (src/config.ts).
 */
import { defaultTrainingConfig } from '../../src/config.js';
import type { TrainRequest } from './protocol.js';

/** The corpus size: `limit` at or above it trains on everything. */
export const CORPUS_SIZE = 3000;

const bounds = {
  epochs: { minimum: 1, maximum: 100, fallback: defaultTrainingConfig.epochs },
  limit: { minimum: 100, maximum: CORPUS_SIZE, fallback: CORPUS_SIZE },
  seed: { minimum: 0, maximum: 2 ** 31 - 1, fallback: defaultTrainingConfig.seed },
} as const;

/** The names of the settings, as URL parameters and form fields. */
export type SettingName = keyof typeof bounds;

/**
 * Reads one setting from text (a URL parameter or a form field): an integer
 * within its bounds, or a message saying what it must be.
 *
 * @example
 * ```ts
 * parseSetting('epochs', '3')   // { value: 3 }
 * parseSetting('limit', 'all')  // { problem: 'limit must be an integer from 100 to 3000, got "all"' }
 * ```
 */
export function parseSetting(name: SettingName, text: string | null): { value: number } | { problem: string } {
  const { minimum, maximum, fallback } = bounds[name];
  if (text === null || text.trim() === '') return { value: fallback };
  const value = Number(text);
  if (Number.isInteger(value) && value >= minimum && value <= maximum) return { value };
  return { problem: `${name} must be an integer from ${minimum} to ${maximum}, got ${JSON.stringify(text)}` };
}

/**
 * The training request from three texts (each may be null for its default);
 * throws an Error listing every bad one.
 *
 * @example
 * ```ts
 * trainRequest((name) => new URLSearchParams('?epochs=1&limit=300').get(name)) // { type: 'train', epochs: 1, limit: 300, seed: 1 }
 * ```
 */
export function trainRequest(read: (name: SettingName) => string | null): TrainRequest {
  const values: Record<SettingName, number> = { epochs: 0, limit: 0, seed: 0 };
  const problems: string[] = [];
  for (const name of Object.keys(bounds) as SettingName[]) {
    const result = parseSetting(name, read(name));
    if ('problem' in result) problems.push(result.problem);
    else values[name] = result.value;
  }
  if (problems.length > 0) throw new Error(problems.join('; '));
  return { type: 'train', ...values };
}

/** Fills the form fields named like the settings from the URL's parameters (when given). */
export function prefillFromUrl(form: HTMLFormElement, search: string): void {
  const parameters = new URLSearchParams(search);
  for (const name of Object.keys(bounds) as SettingName[]) {
    const field = form.elements.namedItem(name);
    const given = parameters.get(name);
    if (field instanceof HTMLInputElement && given !== null) field.value = given;
  }
}
