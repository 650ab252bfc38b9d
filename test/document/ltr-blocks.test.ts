import { describe, expect, it } from 'vitest';
import { drawLtrBlocks } from '../../src/document/ltr-blocks.js';
import { articleUnits } from '../../src/document/units.js';
import { layoutUnit } from '../../src/document/layout.js';
import { parseArticle } from '../../src/article/parse.js';

const article = parseArticle('---\ntitle: جدول\nlang: ar\n---\nفقرة\n\n```sh\nqari list\n\u001b]52;c;ZXZpbA==\u0007echo hi\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n', 'x');

describe('code blocks and tables', () => {
  it('are drawn by marked-terminal: a table gets its box', async () => {
    const drawn = await drawLtrBlocks(article, 80);
    const lines = [...drawn.values()];
    expect(lines).toHaveLength(2);
    expect(lines[1]?.join('\n')).toContain('┌');
    expect(lines[1]?.join('\n')).toContain('│');
  });

  it('never carry the article text\'s own escape sequences', async () => {
    const drawn = await drawLtrBlocks(article, 80);
    const code = [...drawn.values()][0]?.join('\n') ?? '';
    expect(code).toContain('echo hi');
    expect(code).not.toContain(']52;');
  });

  it('stay one unit each, so positions survive them being drawn later', async () => {
    const plain = articleUnits(article);
    const drawnUnits = articleUnits(article, [], await drawLtrBlocks(article, 80));
    expect(drawnUnits.map((unit) => unit.kind)).toEqual(plain.map((unit) => unit.kind));
    const code = plain.findIndex((unit) => unit.kind === 'code');
    // Shown plain (before drawing): one line a source line, left to right, not wrapped.
    expect(layoutUnit(plain[code]!, code, 20, 'app').map((line) => line.segments.map((segment) => segment.text).join('').trim())).toEqual(['qari list', 'echo hi']);
  });
});
