import { describe, expect, it } from 'vitest';
import { stemWord, stemmedText } from '../../src/search/stem.js';
import { parseQuery, matchExpression } from '../../src/search/query.js';
import { makeSnippet, markedSnippet, plainBody } from '../../src/search/snippet.js';
import { wordHits } from '../../src/search/hits.js';

describe('light stemming', () => {
  it('brings a word with and without its prefixes and plural suffix to one stem', () => {
    const stems = ['المفاوضات', 'مفاوضات', 'والمفاوضات', 'للمفاوضات', 'بالمفاوضات', 'فالمفاوضات', 'مفاوضات'].map((word) => stemmedText(word));
    expect(new Set(stems).size).toBe(1);
  });

  it('folds harakat, tatweel and letter variants before stemming', () => {
    expect(stemmedText('المُفَاوَضَـــات')).toBe(stemmedText('المفاوضات'));
    expect(stemmedText('إيران')).toBe(stemmedText('ايران'));
    expect(stemmedText('مدرسة')).toBe(stemmedText('مدرسه'));
    expect(stemmedText('مستشفى')).toBe(stemmedText('مستشفي'));
  });

  it('leaves short words, Latin words (lower-cased) and numbers whole', () => {
    expect(stemWord('بيت')).toBe('بيت');
    expect(stemWord('بغداد')).toBe('بغداد');
    expect(stemmedText('Unicode')).toBe('unicode');
    expect(stemmedText('2024')).toBe('2024');
  });
});

describe('queries', () => {
  it('every word must match; a quoted phrase word after word', () => {
    const query = parseQuery('"الولايات المتحدة" Unicode');
    expect(query.phrases).toEqual([[stemWord('الولايات'), stemWord('المتحده')]]);
    expect(query.words).toEqual(['unicode']);
    expect(matchExpression(query)).toBe(`"unicode" AND "${query.phrases[0]?.join(' ')}"`);
  });

  it('nothing typed becomes FTS syntax', () => {
    expect(matchExpression(parseQuery('NEAR(a b) OR * -x'))).toBe('"near" AND "a" AND "b" AND "or" AND "x"');
  });
});

describe('snippets', () => {
  it('mark every form of the word found, on the text as written', () => {
    const text = 'بدأت المُفاوَضات أمس، ثم توقفت والمفاوضات لم تنته.';
    const stems = new Set([stemWord('مفاوضات')]);
    expect(wordHits(text, stems).map((hit) => text.slice(hit.start, hit.end))).toEqual(['المُفاوَضات', 'والمفاوضات']);
    expect(markedSnippet(makeSnippet([text], stems), '[', ']')).toBe('بدأت [المُفاوَضات] أمس، ثم توقفت [والمفاوضات] لم تنته.');
  });

  it('start near the first hit of a long text, cut at a word', () => {
    const text = `${'كلمة '.repeat(100)}هدف ${'اخرى '.repeat(100)}`.trim();
    const snippet = makeSnippet([text], new Set(['هدف']));
    expect(snippet.text.startsWith('…كلمة')).toBe(true);
    expect(snippet.text.length).toBeLessThan(230);
    expect(snippet.hits.map((hit) => snippet.text.slice(hit.start, hit.end))).toEqual(['هدف']);
  });

  it('read Markdown as its words', () => {
    expect(plainBody('## عنوان\n\nنص **مهم** و[رابط](other-id) `code`\n\n> قول')).toBe('عنوان نص مهم ورابط code قول');
  });
});
