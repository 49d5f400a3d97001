import { FormatError } from '@mnemo/tensor';
import { describe, expect, it } from 'vitest';
import { parseJsonLines } from './parse-json-lines.js';

describe('parseJsonLines', () => {
  it('reads one object per line, ignoring blank lines, CRLF and a byte-order mark', () => {
    const jsonl = '\ufeff{"text":"Great","label":1}\r\n\r\n{"text":"Café 😀 東京","label":"pos","extra":true}\n{"text":"","label":0}';
    expect(parseJsonLines(jsonl)).toEqual({
      records: [{ text: 'Great', label: 1 }, { text: 'Café 😀 東京', label: 'pos' }, { text: '', label: 0 }],
      skipped: 0,
    });
  });

  it('reads other field names and maps labels', () => {
    const jsonl = '{"review":"ok","stars":5}\n{"review":"meh","stars":2}\n';
    const toLabel = (stars: unknown) => ((stars as number) >= 4 ? 1 : 0);
    expect(parseJsonLines(jsonl, { textField: 'review', labelField: 'stars', parseLabel: toLabel }).records).toEqual([
      { text: 'ok', label: 1 },
      { text: 'meh', label: 0 },
    ]);
  });

  it('names file and line of a bad line, or skips and counts it', () => {
    const jsonl = ['{"text":"good","label":1}', '{"text": oops}', '[1,2]', '{"label":1}', '{"text":"x"}', '{"text":"y","label":null}', '{"text":"fine","label":0}'].join('\n');
    expect(() => parseJsonLines(jsonl, { file: 'data.jsonl' })).toThrow(FormatError);
    expect(() => parseJsonLines(jsonl, { file: 'data.jsonl' })).toThrow(/^data\.jsonl:2: not valid JSON/);
    const messages: string[] = [];
    const result = parseJsonLines(jsonl, { file: 'data.jsonl', onMalformed: 'skip', onSkip: (row) => messages.push(`${row.line}: ${row.message}`) });
    expect(result).toEqual({ records: [{ text: 'good', label: 1 }, { text: 'fine', label: 0 }], skipped: 5 });
    expect(messages.slice(1)).toEqual([
      '3: expected a JSON object, got an array',
      '4: field "text" must be a string, got nothing',
      '5: field "label" is missing',
      '6: label null rejected: expected a string or a finite number',
    ]);
  });

  it('gives no records for empty input', () => {
    expect(parseJsonLines('')).toEqual({ records: [], skipped: 0 });
    expect(parseJsonLines('\n\n  \n')).toEqual({ records: [], skipped: 0 });
  });

  it('rejects bad options by name', () => {
    expect(() => parseJsonLines('', { textField: 3 as never })).toThrow(/textField must be a string, got 3/);
    expect(() => parseJsonLines('', { parseLabel: 'number' as never })).toThrow(/parseLabel must be a function or a lookup object/);
    expect(() => parseJsonLines('', { text: 'review' } as never)).toThrow(/unknown option "text"/);
  });
});
