import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ValueError } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { loadSentimentSentences, sentimentSources, type SentimentSource } from './sentiment-sentences.js';

describe('loadSentimentSentences', () => {
  const all = loadSentimentSentences();

  it('holds 1,000 sentences per source, 500 per class per source, 3,000 in all', () => {
    expect(all).toHaveLength(3000);
    for (const source of sentimentSources) {
      const fromSource = all.filter((sentence) => sentence.source === source);
      expect(fromSource).toHaveLength(1000);
      expect(fromSource.filter((sentence) => sentence.label === 1)).toHaveLength(500);
      expect(fromSource.filter((sentence) => sentence.label === 0)).toHaveLength(500);
    }
  });

  it('has no empty text and no record without a 0/1 label (the trailing empty record is dropped)', () => {
    for (const sentence of all) {
      expect(sentence.text.trim()).not.toBe('');
      expect([0, 1]).toContain(sentence.label);
    }
  });

  it('keeps the data set order: first and last sentences of each source', () => {
    const first = (source: SentimentSource) => all.find((sentence) => sentence.source === source)!;
    expect(first('amazon')).toEqual({ text: 'So there is no way for me to plug it in here in the US unless I go by a converter.', label: 0, source: 'amazon' });
    expect(first('yelp')).toEqual({ text: 'Wow... Loved this place.', label: 1, source: 'yelp' });
    expect(all[999].text).toBe('You can not answer calls with the unit, never worked once!');
    expect(all.map((sentence) => sentence.source).filter((source, index, sources) => source !== sources[index - 1])).toEqual(['amazon', 'imdb', 'yelp']);
  });

  it('repairs Windows-1252 leftovers: no C1 control characters, accents intact', () => {
    expect(all.some((sentence) => /[\u0080-\u009f]/.test(sentence.text))).toBe(false);
    expect(all.some((sentence) => sentence.text.includes('The crêpe was delicate'))).toBe(true);
    expect(all.some((sentence) => sentence.text.includes('The script is…was there a script?'))).toBe(true);
  });

  it('filters by source, in canonical order whatever order sources are listed in', () => {
    const picked = loadSentimentSentences({ sources: ['yelp', 'amazon'] });
    expect(picked).toHaveLength(2000);
    expect(picked[0].source).toBe('amazon');
    expect(picked[1999].source).toBe('yelp');
    expect(picked).toEqual(all.filter((sentence) => sentence.source !== 'imdb'));
  });

  it('returns fresh objects on every call', () => {
    const again = loadSentimentSentences();
    again[0].text = 'changed';
    expect(loadSentimentSentences()[0].text).not.toBe('changed');
  });

  it('rejects unknown sources, an empty list and unknown options by name', () => {
    expect(() => loadSentimentSentences({ sources: ['twitter' as SentimentSource] })).toThrow(/unknown source "twitter"/);
    expect(() => loadSentimentSentences({ sources: [] })).toThrow(ValueError);
    expect(() => loadSentimentSentences({ source: ['imdb'] } as never)).toThrow(/unknown option "source"/);
  });
});

describe('the main entry is browser-safe', () => {
  it('imports no node: module outside src/node', () => {
    const root = join(import.meta.dirname, '..');
    const offenders: string[] = [];
    const visit = (directory: string): void => {
      for (const name of readdirSync(directory)) {
        const path = join(directory, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'node') visit(path);
        } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && /from ['"]node:|require\(['"]node:/.test(readFileSync(path, 'utf8'))) {
          offenders.push(path);
        }
      }
    };
    visit(root);
    expect(offenders).toEqual([]);
  });
});
