// Issue 8, item 4: fast-check over the three things that read text from outside: the
// article parser, the importer, and the text engine behind `qari bidi`. On random and
// mutated input, nothing throws but the typed errors (ArticleError, ImportError), whose
// message is one clean line; what comes out holds no control. Seeds are fixed and runs
// bounded, so the suite stays fast and a failure replays.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../src/article/errors.js';
import type { Article } from '../../src/article/model.js';
import { parseArticle } from '../../src/article/parse.js';
import { serializeArticle } from '../../src/article/serialize.js';
import { summarizeArticle } from '../../src/article/summary.js';
import { decodeInput, ImportError, importText } from '../../src/article/import/index.js';
import { decodeArticleBytes } from '../../src/library/read-file.js';
import { layoutParagraph, type DirectionChoice } from '../../src/text/index.js';
import { ARTICLES } from '../support/run-cli.js';
import { bundledArticleFiles } from '../support/articles.js';
import { ALL_ATTACKS, HOSTILE_ARTICLE, RLO, TROJAN_ARTICLE, ZERO_WIDTH, controlsIn, stringsOf } from './support/hostile.js';

// Fixed, so a failure replays; QARI_FUZZ_SEED=n explores further.
const SEED = Number(process.env.QARI_FUZZ_SEED) || 20_260_808;
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

/** Pieces of Markdown and front matter, hostile and not: the alphabet of random articles. */
const MARKDOWN_PIECES = [
  '\n', '\n\n', ' ', '  ', '\t', '# ', '## ', '### ', '> ', '>', '- ', '* ', '+ ', '1. ', '2) ', '    ', '```', '~~~', '---', '===', '***',
  '*', '**', '_', '__', '`', '``', '~~', '[', ']', '(', ')', '![', '](', '](x)', '<', '>', '<div>', '</div>', '<!--', '-->', '&amp;', '&#27;', '&nbsp;', '\\', '|', '|---|', ':', '—', '-- ',
  'word', 'كلمة', 'الْعَرَبِيَّةُ', 'שלום', '123', '٣٤٥', 'https://x.example/a_b', 'a@b.example', 'www.x.example', '[ref]: /x', '[ref]',
  ALL_ATTACKS, '\u001b', '\u001b[2J', '\u001b]0;t\u0007', '\u009b31m', '\u0085', '\r', '\r\n', '\u0000', '\u2028', RLO, '\u202c', '\u2066', '\u2069', ZERO_WIDTH, '\ud800', '\udc00', '😀', '👨\u200d👩\u200d👧',
];
const FRONT_PIECES = [
  'title: x', 'title: عنوان', 'title: 1984', 'title: ""', 'title:', 'title: [a, b]', 'title: {a: 1}', 'title: "\\e]0;x\\a"', 'title: |\n  block\n  scalar',
  'date: 2024-01-31', 'date: 2024-02-30', 'date: tomorrow', 'date: 2024-01-31T10:00:00Z', 'date: 20240131', 'date: [1]',
  'lang: ar', 'lang: en', 'lang: ""', 'lang: [x]', 'dir: rtl', 'dir: ltr', 'dir: up', 'source: s', 'author: a', 'author: [a]',
  'related:', '  - a', '  - "b"', '  - [c]', '  - 1', '  -', 'related: x', 'related: [a, b]', 'a: &x [1, 2]', 'b: *x', 'c: *nope', '? complex', '- item',
  '# comment', '  indented: 1', 'key: "unclosed', "key: 'single'", 'key: "\\u202e"', 'key: "\\x9b2J"', '%YAML 1.2', '...', '---',
];

const markdownBody = fc.array(fc.constantFrom(...MARKDOWN_PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));
const frontMatter = fc.array(fc.constantFrom(...FRONT_PIECES), { maxLength: 12 }).map((lines) => lines.join('\n'));
const randomArticle = fc.oneof(
  fc.tuple(frontMatter, markdownBody).map(([front, body]) => `---\n${front}\n---\n${body}`),
  fc.tuple(markdownBody).map(([body]) => `---\ntitle: t\n---\n${body}`),
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc.string({ maxLength: 200, unit: 'binary' }).map((body) => `---\ntitle: t\n---\n${body}`),
);

const bundled = bundledArticleFiles().map((name) => readFileSync(join(ARTICLES, name), 'utf8'));
const SEED_ARTICLES = [...bundled, HOSTILE_ARTICLE, TROJAN_ARTICLE];

/** An existing article, cut, repeated, spliced with random pieces. */
const mutatedArticle = fc
  .tuple(
    fc.constantFrom(...SEED_ARTICLES),
    fc.array(
      fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.constantFrom('delete', 'duplicate', 'insert', 'swap'), fc.array(fc.constantFrom(...MARKDOWN_PIECES, ...FRONT_PIECES.map((line) => `\n${line}\n`)), { maxLength: 6 })),
      { minLength: 1, maxLength: 5 },
    ),
  )
  .map(([source, edits]) => {
    let text = source;
    for (const [at, length, kind, pieces] of edits) {
      const start = at % (text.length + 1);
      const end = Math.min(text.length, start + length);
      if (kind === 'delete') text = text.slice(0, start) + text.slice(end);
      else if (kind === 'duplicate') text = text.slice(0, end) + text.slice(start, end) + text.slice(end);
      else if (kind === 'insert') text = text.slice(0, start) + pieces.join('') + text.slice(start);
      else text = text.slice(0, start) + text.slice(end, end + length) + text.slice(start, end) + text.slice(end + length);
    }
    return text;
  });

/** Bytes of an existing article with some flipped, as a damaged download would be. */
const damagedBytes = fc
  .tuple(fc.constantFrom(...SEED_ARTICLES), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }))
  .map(([source, flips]) => {
    const bytes = Buffer.from(source, 'utf8');
    for (const [at, value] of flips) bytes[at % bytes.length] = value;
    return bytes;
  });

/** Where two texts first differ, with a little context, for a failure message that says something. */
function firstDifference(a: string, b: string): string {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return `at ${at}: ${JSON.stringify(a.slice(Math.max(0, at - 40), at + 40))} vs ${JSON.stringify(b.slice(Math.max(0, at - 40), at + 40))}`;
}

/** A typed error's message is what the CLI prints: one line, no controls. */
function expectOneCleanLine(error: Error): void {
  expect(error.message).not.toContain('\n');
  expect(error.message.length).toBeGreaterThan(0);
  expect(controlsIn(error.message, { tab: true })).toEqual([]);
}

/** Parses, or throws only an ArticleError; the model holds no control but TAB and LF in code. */
function checkParse(source: string): Article | undefined {
  let article: Article;
  try {
    article = parseArticle(source, 'x');
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error;
    expectOneCleanLine(error);
    return undefined;
  }
  const { lead, sections, ...meta } = article;
  for (const text of stringsOf(meta)) expect(controlsIn(text)).toEqual([]);
  for (const block of [...lead, ...sections.flatMap((section) => section.blocks)]) {
    expect(controlsIn(JSON.stringify(block)), 'JSON-escaped controls').toEqual([]);
    const texts = stringsOf(block);
    for (const text of texts) expect(controlsIn(text, { tab: block.type === 'code' }).filter((found) => block.type === 'code' || !found.startsWith('U+000a'))).toEqual([]);
    if ('runs' in block && block.runs) {
      for (const run of block.runs) {
        expect(run.start).toBeGreaterThanOrEqual(0);
        expect(run.end).toBeLessThanOrEqual(block.text.length);
        expect(run.start).toBeLessThan(run.end);
      }
    }
    if (block.type !== 'code') for (const text of texts) expect(text).not.toContain('\n');
  }
  for (const section of sections) expect(section.heading).not.toMatch(/[\n\t]/);
  expect(article.title).not.toMatch(/[\n\t]/);
  return article;
}

describe('fuzzing the article parser', () => {
  it('random article files: an Article without controls, or one ArticleError line', () => {
    fc.assert(fc.property(randomArticle, (source) => void checkParse(source)), runs(600));
  });

  it('mutated real articles: the same', () => {
    fc.assert(fc.property(mutatedArticle, (source) => void checkParse(source)), runs(400));
  });

  it('damaged bytes: decoded (U+FFFD and a warning) or refused with an ArticleError, then parsed the same way', () => {
    fc.assert(
      fc.property(damagedBytes, (bytes) => {
        let text: string;
        try {
          text = decodeArticleBytes(bytes).text;
        } catch (error) {
          if (!(error instanceof ArticleError)) throw error;
          expectOneCleanLine(error);
          return;
        }
        checkParse(text);
      }),
      runs(300),
    );
  });

  it('the summary the library list reads agrees with the parser, or both refuse', () => {
    fc.assert(
      fc.property(fc.oneof(randomArticle, mutatedArticle), (source) => {
        const article = (() => {
          try {
            return parseArticle(source, 'x');
          } catch (error) {
            if (!(error instanceof ArticleError)) throw error;
            return undefined;
          }
        })();
        let summary;
        try {
          summary = summarizeArticle(source, 'x');
        } catch (error) {
          if (!(error instanceof ArticleError)) throw error;
          expectOneCleanLine(error);
          expect(article).toBeUndefined();
          return;
        }
        expect(article).toBeDefined();
        expect(summary.title).toBe(article?.title);
        expect(summary.related).toEqual(article?.related);
        for (const text of stringsOf(summary)) expect(controlsIn(text)).toEqual([]);
      }),
      runs(400),
    );
  });

  it('what qari writes back (cat --format markdown) parses, and writing that again changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(randomArticle, mutatedArticle), (source) => {
        const article = checkParse(source);
        if (!article) return;
        const first = serializeArticle(article);
        expect(controlsIn(first, { tab: true })).toEqual([]);
        const parsed = checkParse(first);
        expect(parsed, 'the written article must parse').toBeDefined();
        // What was written reads back as the same article, so writing it again changes nothing.
        expect(parsed).toEqual(article);
        const second = serializeArticle(parsed!);
        if (second !== first) expect(firstDifference(second, first)).toBe('none');
      }),
      runs(400),
    );
  });
});

describe('what qari writes back reads back the same article, where GFM and Markdown syntax meet', () => {
  const roundTrip = (body: string) => {
    const article = parseArticle(`---\ntitle: t\n---\n${body}\n`, 'x');
    const markdown = serializeArticle(article);
    return { article, markdown, again: parseArticle(markdown, 'x') };
  };

  it.each([
    ['escaped brackets around a bare address (it grew on every write)', '\\[www.x.example\\]'],
    ['a bare URL with `_` in a list item', '- https://x.example/a_b'],
    ['an e-mail address and a www address in a heading', '## a@b.example www.x.example'],
    ['link targets with spaces, brackets and backslashes', '[a](<x y>) [b](x\\(y) [c](x\\\\y)'],
    ['two lists in a row', '- a\n+ b'],
    ['a code block whose language holds a backtick', '~~~a `b`\ncode\n~~~'],
  ])('%s', (_, body) => {
    const { article, markdown, again } = roundTrip(body);
    expect(again).toEqual(article);
    expect(serializeArticle(again)).toBe(markdown);
  });
});

const IMPORT_LINES = [
  '', ' ', '\u00a0', 'عنوان المقال الطويل هنا', 'Title Of The Article', '31/01/2024', '2024-01-31', 'الأربعاء 31 كانون الثاني 2024', 'By Someone', 'بقلم: كاتب',
  'فقرة طويلة من النص العربي تنتهي بنقطة، وفيها ما يكفي من الكلمات لتكون فقرة.', 'A paragraph of English text that ends with a full stop and is long enough.',
  'عنوان قسم\u00a0', '"اقتباس مهم"', '— قائل', 'مواضيع ذات صلة:', 'Related:', '- بند', '1. item', '[صورة] تعليق', 'انشر مقالك', 'Share this article',
  ALL_ATTACKS, '\u001b[2J', '\u009b2J', RLO, ZERO_WIDTH, '\ud800', '\t\tindented', '```', '> quoted', '## heading', '**bold**', '\u0000', '\r',
];
const randomImport = fc.oneof(
  fc.array(fc.constantFrom(...IMPORT_LINES), { maxLength: 40 }).map((lines) => lines.join('\n')),
  fc.string({ maxLength: 300, unit: 'binary' }),
);
const seedText = readFileSync(new URL('../fixtures/import/seed.txt', import.meta.url), 'utf8');
const mutatedImport = fc
  .tuple(fc.array(fc.tuple(fc.nat(), fc.nat({ max: 300 }), fc.constantFrom(...IMPORT_LINES)), { minLength: 1, maxLength: 6 }))
  .map(([edits]) => {
    let text = seedText;
    for (const [at, length, line] of edits) {
      const start = at % (text.length + 1);
      text = text.slice(0, start) + `\n${line}\n` + text.slice(Math.min(text.length, start + (length % 3 === 0 ? length : 0)));
    }
    return text;
  });

/** Imports, or throws only an ImportError; the article holds no control and reads back. */
function checkImport(text: string): void {
  let article: Article;
  try {
    article = importText(text).article;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expectOneCleanLine(error);
    return;
  }
  for (const found of stringsOf(article)) expect(controlsIn(found, { tab: true }).filter((bad) => !bad.startsWith('U+000a'))).toEqual([]);
  // `qari import` checks this and reports an ArticleError as one line. The one case found:
  // a title line of only invisible characters, which the importer takes as a title and the
  // parser (rightly) does not (see the issue note).
  const markdown = serializeArticle(article);
  try {
    parseArticle(markdown, article.id);
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error;
    expectOneCleanLine(error);
    expect(error.message).toBe('front matter has no title');
    expect(article.title).not.toMatch(/[^\s\p{Cf}]/u);
  }
}

describe('fuzzing the importer', () => {
  it('random text: an article without controls that reads back, or one ImportError line', () => {
    fc.assert(fc.property(randomImport, checkImport), runs(400));
  });

  it('the seed with lines inserted and cut: the same', () => {
    fc.assert(fc.property(mutatedImport, checkImport), runs(200));
  });

  it('random bytes through the decoder: text, or one ImportError line', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        let text: string;
        try {
          text = decodeInput(bytes, 'input');
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          expectOneCleanLine(error);
          return;
        }
        checkImport(text);
      }),
      runs(300),
    );
  });
});

const engineText = fc.oneof(
  fc.string({ maxLength: 120, unit: 'binary' }),
  fc.string({ maxLength: 120, unit: 'grapheme' }),
  fc.array(fc.constantFrom(...MARKDOWN_PIECES), { maxLength: 40 }).map((pieces) => pieces.join('')),
);
const engineOptions = fc.record({
  width: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 120 })),
  dir: fc.constantFrom<DirectionChoice>('auto', 'ltr', 'rtl'),
  visual: fc.boolean(),
  shape: fc.boolean(),
  mirror: fc.boolean(),
  pad: fc.boolean(),
});

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

describe('fuzzing the text engine (qari bidi)', () => {
  it('random strings at random widths: lines without controls or escapes, never wider than asked', () => {
    fc.assert(
      fc.property(engineText, engineOptions, (text, options) => {
        const lines = layoutParagraph(text, options);
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) {
          expect(controlsIn(line.text)).toEqual([]);
          expect(line.text).not.toContain('\n');
          if (options.visual) expect(line.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
          if (options.width > 0 && line.width > options.width) {
            // Only a single cluster wider than the line may overflow it (an emoji sequence at width 2).
            expect([...graphemes.segment(line.text.trim())]).toHaveLength(1);
          }
        }
      }),
      runs(1000),
    );
  });
});
