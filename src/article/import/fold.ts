// The importer's matching keys, on top of the article's folding (normalize.ts).
// Scraped text may hold presentation forms or fullwidth characters; only then
// is NFKC needed.
import { fold, foldLetters } from '../normalize.js';

const COMPATIBILITY = /[\u00AA-\u00BE\u2024-\u2026\u2070-\u209F\u2150-\u218F\u2460-\u24FF\u3300-\u33FF\uFB00-\uFFEF]/;

/** For comparing lines with patterns: punctuation kept. */
export function foldKey(text: string): string {
  return foldLetters(COMPATIBILITY.test(text) ? text.normalize('NFKC') : text);
}

/** For "is this the same title" and name matching: punctuation folded too. */
export function wordsKey(text: string): string {
  return fold(COMPATIBILITY.test(text) ? text.normalize('NFKC') : text);
}
