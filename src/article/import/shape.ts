// The shape of a line: words, how it ends, "Name: text", bullets, "— attribution",
// which script it is in. Pure string tests the classifier builds its rules on.

import { wordCount } from '../words.js';

// The rules count words as the article's labels do; they import it from here with the other line tests.
export { wordCount };

const CLOSERS = /["'»”’›)\]}]+$/;
/** Reference marks an encyclopedia puts after a sentence: "[12]", "[12][13]". */
const REFERENCES = /(?:\[[0-9\u0660-\u0669]{1,4}\])+$/;

/** The sentence punctuation a line ends with (closing quotes, brackets and "[12]" references looked through), or ''. */
export function finalPunctuation(text: string): string {
  const stripped = text.replace(REFERENCES, '').replace(CLOSERS, '').trimEnd();
  const last = stripped.at(-1) ?? '';
  return /[.!?؟…:;؛۔,،]/.test(last) ? last : '';
}

/** Ends a sentence the way body text does (a question mark is not counted: headings ask too). */
export function endsSentence(text: string): boolean {
  const mark = finalPunctuation(text);
  return mark !== '' && mark !== '?' && mark !== '؟';
}

export function endsQuestion(text: string): boolean {
  const mark = finalPunctuation(text);
  return mark === '?' || mark === '؟';
}

const NAME_COLON = /^([^:：.،,؛;؟?!"«»“”()]{2,60}?)\s*[:：]\s+(\S.*)$/u;

/** "Name: text" with a short name (1–7 words, no punctuation) and some text after it. */
export function splitNameColon(text: string): { name: string; rest: string } | null {
  const match = NAME_COLON.exec(text);
  if (!match) return null;
  const name = (match[1] ?? '').trim();
  const rest = (match[2] ?? '').trim();
  const words = wordCount(name);
  if (words < 1 || words > 7 || wordCount(rest) < 3 || /\d/.test(name)) return null;
  return { name, rest };
}

/** "وقال الفصيل: …", "He added: …": reported speech in the text, not a pull quote's name. */
const SPEECH_VERB = /^(?:[وف]?(?:قال|قالت|أضاف|أضافت|اضاف|أكد|أكدت|اكد|تابع|تابعت|أوضح|أوضحت|اوضح|أشار|أشارت|اشار|ذكر|ذكرت|صرح|صرحت|يقول|تقول|يضيف)|(?:he|she|they|it)\s+(?:said|added|told|wrote)|said|added)(?:\s|$)/iu;

/** The words before a colon are a verb of saying: "وقال الفصيل", "He added". */
export function isReportedSpeech(name: string): boolean {
  return SPEECH_VERB.test(name);
}

const ATTRIBUTION = /^[—―–]\s*(\S.*)$/;

/** "— Name": an attribution line, and the name. */
export function dashAttribution(text: string): string | null {
  const name = ATTRIBUTION.exec(text)?.[1]?.trim();
  if (!name || wordCount(name) > 12 || name.length > 100 || finalPunctuation(name) !== '') return null;
  return name;
}

const BULLET = /^(?:[-*•·▪●◦‣]\s+|([0-9\u0660-\u0669\u06F0-\u06F9]{1,3})[.)]\s+)(?=\S)/;

/** A list item: "- item", "• item", "1. item", "١) item". */
export function listItem(text: string): { ordered: boolean; item: string } | null {
  const match = BULLET.exec(text);
  if (!match) return null;
  return { ordered: match[1] !== undefined, item: text.slice(match[0].length) };
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

/** Text quoted whole: «…», "…", “…”. */
export function isQuoted(text: string): boolean {
  return /^(?:«[^«»]+»|"[^"]+"|“[^“”]+”)[.!؟?]?$/.test(text);
}

/** Looks like a line of code or a shell command: no Arabic, and code punctuation. */
export function looksLikeCode(text: string): boolean {
  if (hasArabic(text)) return false;
  return /[{};=<>|$\\]|--|\(\)|^\s*(?:npm|node|npx|git|cd|ls|cat|echo|sudo|qari|python3?|pip)\s/.test(text);
}
