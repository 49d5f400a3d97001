/**
 * The bundled "Sentiment Labelled Sentences" corpus (Kotzias et al., KDD 2015,
 * UCI Machine Learning Repository, CC BY 4.0): 1,000 review sentences from each
 * of Amazon, IMDb and Yelp, half labelled positive. It ships inside the package
 * as a plain module, so it loads offline, in Node and in the browser.
 */
import { ValueError } from '@mnemo/tensor';
import { checkArray, checkOptions, describe } from '../options.js';
import { amazonSentences, imdbSentences, yelpSentences } from './sentiment-sentences.data.js';

/** The three review sites of the corpus, in the order {@link loadSentimentSentences} returns them. */
export const sentimentSources = Object.freeze(['amazon', 'imdb', 'yelp'] as const);

/** One review site of the corpus. */
export type SentimentSource = (typeof sentimentSources)[number];

/** One labelled sentence: `label` is 1 for positive, 0 for negative. */
export interface SentimentSentence {
  text: string;
  label: 0 | 1;
  source: SentimentSource;
}

/** Options of {@link loadSentimentSentences}. */
export interface LoadSentimentOptions {
  /** Which sites to include; default all three. */
  sources?: readonly SentimentSource[];
}

const linesBySource: Record<SentimentSource, readonly string[]> = {
  amazon: amazonSentences,
  imdb: imdbSentences,
  yelp: yelpSentences,
};

/**
 * Returns the bundled labelled sentences: 1,000 per source, 500 positive and
 * 500 negative each, 3,000 in all.
 *
 * The order is stable: sources in the order amazon, imdb, yelp (whatever order
 * `sources` lists them in), each in the data set's own order. Shuffle or split
 * with a seed ({@link shuffle}, {@link trainTestSplit}) for training. Every call
 * returns fresh objects, so callers may mutate them.
 *
 * Data: Kotzias, Denil, de Freitas & Smyth, "From Group to Individual Labels
 * using Deep Features", KDD 2015; UCI Machine Learning Repository,
 * https://doi.org/10.24432/C57604; CC BY 4.0. See the package NOTICE for the
 * changes made (an unlabelled empty record dropped per source, Windows-1252
 * leftovers repaired).
 *
 * @param options.sources - the sites to include, a non-empty subset of `['amazon', 'imdb', 'yelp']`.
 * @returns `{ text, label, source }[]`.
 *
 * @example
 * ```ts
 * const sentences = loadSentimentSentences({ sources: ['yelp'] });
 * sentences.length // 1000
 * sentences[1]     // { text: 'Crust is not good.', label: 0, source: 'yelp' }
 * ```
 */
export function loadSentimentSentences(options: LoadSentimentOptions = {}): SentimentSentence[] {
  const op = 'loadSentimentSentences(options)';
  checkOptions(op, options, ['sources']);
  const sources = options.sources ?? sentimentSources;
  checkArray(op, 'sources', sources);
  if (sources.length === 0) throw new ValueError(`${op}: sources must name at least one of ${sentimentSources.join(', ')}, got []`);
  for (const source of sources) {
    if (!sentimentSources.includes(source)) {
      throw new ValueError(`${op}: unknown source ${describe(source)} in sources; known sources are ${sentimentSources.join(', ')}`);
    }
  }
  const sentences: SentimentSentence[] = [];
  for (const source of sentimentSources) {
    if (!sources.includes(source)) continue;
    for (const line of linesBySource[source]) {
      // Each line is "<label>\t<text>"; the import script guarantees a 0/1 label and no tab in the text.
      sentences.push({ text: line.slice(2), label: line.charCodeAt(0) === 0x31 ? 1 : 0, source });
    }
  }
  return sentences;
}
