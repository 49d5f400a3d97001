/**
 * The sentences the CLI's demo predicts and inspects, and the web page offers as example buttons.
 */

/** The sentence of shared/seeds/001 whose walk through the gates `inspect` makes visible. */
export const SEED_SENTENCE = 'Today, due to my current job situation and family conditions, I need to take a loan';

/** The demo's examples: positive, negative, negated, unknown words, emoji, empty. */
export const EXAMPLE_SENTENCES: readonly string[] = [
  'This phone is great, I love it.',
  'The food was cold and the service was terrible.',
  'The movie was not good at all.',
  'Not bad at all, I would definitely come back.',
  'The flibbertigibbet was scrumptiously zorky.',
  'Absolutely loved it 😍👍',
  '',
];
