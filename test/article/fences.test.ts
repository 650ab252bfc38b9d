import { describe, expect, it } from 'vitest';
import { FenceTracker } from '../../src/article/fences.js';
import { parseArticle } from '../../src/article/parse.js';
import { summarizeArticle } from '../../src/article/summary.js';

const codeLines = (lines: string[]) => {
  const fences = new FenceTracker();
  return lines.map((line) => fences.isCode(line));
};

describe('fenced code', () => {
  it('closes only on the same character, at least as long, alone on its line', () => {
    expect(codeLines(['````', '```', '~~~~', '```` x', '````', 'text'])).toEqual([true, true, true, true, true, false]);
  });

  it('hides a ## line from the list summary exactly as it does from the parser', () => {
    const source = '---\ntitle: t\n---\n````\n```\n## not a section\n````\n\n## a section\n';
    expect(summarizeArticle(source, 'x').sections).toEqual(parseArticle(source, 'x').sections.map((section) => section.heading));
    expect(summarizeArticle(source, 'x').sections).toEqual(['a section']);
  });
});
