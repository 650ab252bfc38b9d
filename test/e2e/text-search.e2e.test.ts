// The library's full-text search in a real terminal: s, a query, the hits with
// their snippets, Enter opens the article at its first hit, n moves on. And in a
// library large enough that a worker makes the text: the hits, and keys answered
// while it works.
import { afterEach, describe, expect, it } from 'vitest';
import { articleText, tempDir, writeFile } from '../support/library.js';
import { visualLabel } from '../../src/tui/visual-label.js';
import { TmuxScreen } from '../support/tmux.js';
import { bundledArticle, SEED_ID } from '../support/articles.js';

let screen: TmuxScreen | undefined;
afterEach(() => screen?.kill());

const statusLine = (text: string) => text.split('\n').filter((line) => line.trim() !== '').at(-1) ?? '';

/** The library, s, the word, Enter: resolves with the terminal and its screen of hits. */
async function searchFor(word: string, args: string[] = []): Promise<{ terminal: TmuxScreen; hits: string }> {
  const terminal = new TmuxScreen(100, 20);
  screen = terminal;
  terminal.start(args);
  await terminal.waitFor((text) => text.includes('s search text'), 'the library, with the key in its hints');
  await terminal.keys('s');
  await terminal.waitFor((text) => text.includes('search the text:'), 'the search prompt');
  terminal.type(word);
  await terminal.keys('Enter');
  return { terminal, hits: await terminal.waitFor((text) => /\d+\+? found for/.test(text), 'the hits') };
}

describe('searching the articles’ text in a real terminal', () => {
  it('s, a word, Enter lists the article with a snippet; Enter opens it at the first hit; n goes to the next', async () => {
    // A word found in the body only, in several forms (الفصائل, فصائل).
    const { terminal, hits } = await searchFor('فصائل');
    expect(hits).toContain('1 found for');
    // The title as the hit list lays it out: 100 columns less the cursor and the date.
    expect(hits).toContain(visualLabel(bundledArticle(SEED_ID).title, 86, 'auto', 'app').trim());
    expect(hits).toMatch(/[[\]]/);
    await terminal.keys('Enter');
    const opened = await terminal.waitFor((text) => /hit 1\/\d+/.test(statusLine(text)), 'the article at its first hit');
    const count = Number(/hit 1\/(\d+)/.exec(statusLine(opened))?.[1]);
    expect(count).toBeGreaterThan(1);
    await terminal.keys('n');
    await terminal.waitFor((text) => statusLine(text).includes(`hit 2/${count}`), 'the second hit');
    await terminal.keys('N');
    await terminal.waitFor((text) => statusLine(text).includes(`hit 1/${count}`), 'the first hit again');
  });

  it('Enter and n typed in one read: the article opens at its first hit, and n reaches the reader', async () => {
    const { terminal } = await searchFor('فصائل');
    terminal.type('\rn');
    const opened = await terminal.waitFor((text) => /hit 2\/\d+/.test(statusLine(text)), 'the article at its second hit');
    expect(statusLine(opened)).toMatch(/hit 2\/\d+/);
  });

  it('in a library of 1,500 articles, where a worker makes the text: the hit is the right article, and q quits', async () => {
    const dir = tempDir('lib');
    const words = ['سلام', 'حرب', 'مفاوضات', 'هدنة', 'اتفاق'];
    for (let index = 0; index < 1_500; index++) {
      const body = Array.from({ length: 300 }, (_, at) => words[(index + at) % words.length]).join(' ');
      writeFile(dir, `a${index}`, articleText(`مقال ${index}`, index === 777 ? `${body} الزيتون` : body));
    }
    const { terminal, hits } = await searchFor('الزيتون', ['--library', dir]);
    expect(hits).toContain('1 found for');
    expect(hits).toContain(visualLabel('مقال 777', 86, 'auto', 'app').trim());
    await terminal.keys('Escape');
    await terminal.waitFor((text) => text.startsWith('qari · 1500'), 'the library');
    await terminal.keys('q');
    expect(await terminal.waitFor((text) => text.includes('qari-exit='), 'qari to exit')).toContain('qari-exit=0');
  });
});
