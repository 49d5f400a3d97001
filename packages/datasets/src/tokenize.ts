/**
 * A small, deterministic, Unicode-aware word tokenizer for English-first text.
 */
import { ValueError } from '@mnemo/tensor';
import { describe } from './options.js';

// Scripts written without spaces between words: each character is a token
// (as BERT's basic tokenizer does for CJK ideographs), which is deterministic
// everywhere, unlike dictionary segmentation that varies with the ICU version.
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
// A character that belongs to a word: any letter, combining mark or digit, except CJK.
const WORD_CHARACTER = String.raw`(?:(?![${CJK}])[\p{L}\p{M}\p{N}])`;
const TOKEN = new RegExp(
  [
    // A number with decimal or thousands separators: 3.5, 1,000, 2.5.1
    String.raw`\p{N}+(?:[.,]\p{N}+)+`,
    // A word, with inner apostrophes kept: don't, o'clock, rock'n'roll
    String.raw`${WORD_CHARACTER}+(?:'${WORD_CHARACTER}+)*`,
    // One CJK character.
    `[${CJK}]`,
    // An emoji with its skin-tone modifiers, variation selectors and ZWJ parts, or a flag.
    String.raw`\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic})*`,
    String.raw`\p{Regional_Indicator}{2}`,
    // Anything else visible (punctuation, symbols): a run of one repeated character.
    String.raw`(?<mark>[^\s\p{L}\p{M}\p{N}\p{C}])\k<mark>*`,
  ].join('|'),
  'gu',
);
// The clitics split off a word, as in the Penn Treebank: do|n't, it|'s, we|'re, I|'ve, she|'ll, he|'d, I|'m.
const CLITIC = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m)$/u;

/**
 * Splits text into lowercase word and punctuation tokens.
 *
 * Rules, in order:
 * - the text is put in Unicode NFC form and lowercased with `toLowerCase()`
 *   (locale-independent: the same result in every browser and in Node);
 *   the typographic apostrophe ’ is read as ';
 * - a word is a run of letters, combining marks and digits (`\p{L}\p{M}\p{N}`),
 *   with inner apostrophes kept (`o'clock`); a number keeps its separators (`3.5`, `1,000`);
 * - contractions are split Penn-Treebank style: `don't` → `do`, `n't`;
 *   `it's` → `it`, `'s`; likewise `'re`, `'ve`, `'ll`, `'d`, `'m`
 *   (`can't` → `ca`, `n't`; `won't` → `wo`, `n't`), so every negation shares the token `n't`;
 * - Chinese characters and Japanese kana are one token each (those scripts put no spaces between words);
 * - an emoji (with its skin tone, variation selector and ZWJ parts) or a flag is one token;
 * - any other visible character is punctuation: a run of the same character is one token (`!!!`, `...`);
 * - whitespace and invisible control or format characters separate tokens and are dropped.
 *
 * Empty or whitespace-only text gives `[]`.
 *
 * @param text - any string.
 * @returns the tokens, in order.
 *
 * @example
 * ```ts
 * tokenize("Don't buy it... Café was GREAT! 👍🏽")
 * // ['do', "n't", 'buy', 'it', '...', 'café', 'was', 'great', '!', '👍🏽']
 * ```
 */
export function tokenize(text: string): string[] {
  if (typeof text !== 'string') throw new ValueError(`tokenize(text): text must be a string, got ${describe(text)}`);
  const normalized = text.normalize('NFC').toLowerCase().replace(/\u2019/g, "'");
  const tokens: string[] = [];
  for (const match of normalized.matchAll(TOKEN)) {
    const token = match[0];
    const clitic = token.includes("'") ? CLITIC.exec(token) : null;
    if (clitic === null) {
      tokens.push(token);
    } else {
      tokens.push(clitic[1], clitic[2]);
    }
  }
  return tokens;
}
