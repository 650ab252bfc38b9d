import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { bodyFromTokens } from '../../src/article/blocks.js';
import { lexBody } from '../../src/article/lex-body.js';
import { ARTICLES } from '../support/run-cli.js';
import { bundledArticleFiles } from '../support/articles.js';

const viaMarked = (body: string) => bodyFromTokens(new Lexer({ gfm: true }).lex(body));
const marked = (markdown: string) => new Lexer({ gfm: true }).lex(markdown);
const viaFastPath = (body: string) => bodyFromTokens(lexBody(body, marked));

describe('the fast body lexer gives what marked gives', () => {
  it.each(bundledArticleFiles())('on %s', (name) => {
    const body = readFileSync(join(ARTICLES, name), 'utf8').split('\n---\n').slice(1).join('\n---\n');
    expect(viaFastPath(body)).toEqual(viaMarked(body));
  });

  // Chunks of every kind an article holds, and the ones that could fool a chunker.
  const chunk = fc.constantFrom(
    'فقرة عربية بسيطة، فيها أرقام (2024) وعلامات: نعم؟',
    'A plain English line.\nAnd its second line.  \nAnd a third after a hard break.',
    '## عنوان قسم',
    '## Heading with *emphasis*',
    '### not a section',
    '# top',
    '> quote text\n>\n> — someone',
    '> quote without attribution',
    '> a quote\n> on two lines\n>\n>\n> — two blank quote lines',
    '> quote with *style*\n>\n> — x',
    '>no space after the marker',
    '![plain caption of an image]()',
    '![caption](with-a-target)',
    '![two]()\n![captions]()',
    '- item one\n- item two',
    '1. first\n2. second',
    '- loose item\n\n  indented continuation',
    '    indented code',
    '```\ncode\n\nwith a blank line\n```',
    '~~~sh\nunclosed fence',
    'text with **bold** and _under_',
    'a link [here](some-id) and an image ![cap]()',
    '![caption only]()',
    'https://example.org/a_b and www.example.com',
    'mail me at someone@example.org',
    'Setext heading\n---',
    'Setext one\n===',
    '| a | b |\n|---|---|\n| 1 | 2 |',
    '<div>\nhtml block\n</div>',
    'entity &amp; and a \\* escaped star',
    '2024. a year that starts a line',
    '2024 a year without a dot',
    '***',
    'tab\tinside',
    '   three leading spaces',
    'line\n## heading right after a line',
    '',
  );
  const document = fc.array(fc.tuple(chunk, fc.constantFrom('\n\n', '\n', '\n\n\n')), { maxLength: 12 }).map((parts) => parts.map(([text, gap]) => text + gap).join(''));

  it('on random documents made of those chunks', () => {
    fc.assert(fc.property(document, (body) => {
      expect(viaFastPath(body)).toEqual(viaMarked(body));
    }), { numRuns: 3000 });
  });
});
