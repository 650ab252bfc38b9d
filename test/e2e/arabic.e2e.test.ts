// The library and the reader in a real terminal (tmux) with an Arabic locale,
// read back from the screen; and --lang en in the same locale.
import { afterEach, describe, expect, it } from 'vitest';
import { layoutParagraph } from '../../src/text/index.js';
import { TmuxScreen } from '../support/tmux.js';
import { bundledArticle, SEED_ID } from '../support/articles.js';

const visual = (text: string) => (layoutParagraph(text, { width: 200, dir: 'rtl' })[0]?.text ?? '').trim();
const ARABIC = { LANG: 'ar_EG.UTF-8' };

let screen: TmuxScreen | undefined;
afterEach(() => screen?.kill());

async function openSeed(env: Record<string, string>, args: string[] = []) {
  screen = new TmuxScreen(100, 30);
  screen.start(args, env);
  await screen.waitFor((text) => text.includes('❯') || text.includes('❮'), 'the library');
  const rows = screen.lines();
  const seedRow = rows.findIndex((row) => row.includes(visual('31 يناير 2024')) || row.includes('31 Jan 2024'));
  const cursorRow = rows.findIndex((row) => row.includes('❯') || row.includes('❮'));
  for (let step = cursorRow; step < seedRow; step++) await screen.keys('Down');
  await screen.keys('Enter');
  const title = visual(bundledArticle(SEED_ID).title);
  // The title can be drawn before the status line (a large article opens in
  // two steps, and a capture can fall between two writes): wait for both.
  const readerShown = (text: string) =>
    text.split('\n')[0]?.trim() === title && /\d+%/.test(text.split('\n').filter((line) => line.trim() !== '').at(-1) ?? '');
  const reader = await screen.waitFor(readerShown, 'the seed');
  // Back in the library, the seed is still the selected row.
  await screen.keys('q');
  await screen.waitFor((text) => text.includes('❯') || text.includes('❮'), 'the library again');
  const library = await screen.settled();
  await screen.keys('Enter');
  await screen.waitFor((text) => text.split('\n')[0]?.trim() === title, 'the seed again');
  return { screen, library, reader };
}

describe('with LANG=ar_EG.UTF-8 in a real terminal', () => {
  it('the library is in Arabic and mirrored, and the reader too, to the end', async () => {
    const { screen, library, reader } = await openSeed(ARABIC);
    const lines = library.split('\n');
    expect(lines[0]?.trimEnd().endsWith(visual('قارئ · 4 مقالات'))).toBe(true);
    const selected = lines.find((line) => line.includes('❮')) ?? '';
    expect(selected.trimEnd().endsWith('❮')).toBe(true);
    expect(selected).toContain(visual('31 يناير 2024'));
    expect(lines.find((line) => line.includes(visual('للتنقل')))?.trimEnd().endsWith(visual('↑↓ للتنقل'))).toBe(true);
    const status = reader.split('\n').filter((line) => line.trim() !== '').at(-1) ?? '';
    expect(status.trimStart()).toMatch(/^\d+%/);
    expect(status).toContain(visual('? للمساعدة'));
    await screen.keys('?');
    const help = await screen.waitFor((text) => text.includes(visual('المفاتيح')), 'the help');
    expect(help).toContain(visual('هذه المفاتيح'));
    await screen.keys('Escape', 'q');
    await screen.waitFor((text) => text.includes(visual('مقالات')), 'the library again');
    await screen.keys('q');
    const after = await screen.waitFor((text) => text.includes('qari-exit='), 'qari to exit');
    expect(after).toContain('qari-exit=0');
  });

  it('--lang en keeps the English interface and its layout', async () => {
    const { screen, library, reader } = await openSeed(ARABIC, ['--lang', 'en']);
    expect(library.startsWith('qari · 4 articles · ')).toBe(true);
    expect(library.split('\n').find((line) => line.startsWith('❯'))).toContain('31 Jan 2024');
    expect(reader.split('\n').filter((line) => line.trim() !== '').at(-1)?.trimEnd()).toMatch(/\d+% · \? help$/);
    screen.kill();
  });
});
