import { afterEach, describe, expect, it } from 'vitest';
import { layoutParagraph } from '../../src/text/index.js';
import { TmuxScreen } from '../support/tmux.js';
import { bundledArticle, SEED_ID } from '../support/articles.js';

let screen: TmuxScreen | undefined;
afterEach(() => screen?.kill());

describe('qari in a real terminal (tmux, CI unset)', () => {
  it('opens the seed from the library, shows its title right to left, and quits to the shell', async () => {
    screen = new TmuxScreen(100, 30);
    screen.start([]);
    await screen.waitFor((text) => text.includes('articles'), 'the library');
    const title = (layoutParagraph(bundledArticle(SEED_ID).title, { width: 100, dir: 'rtl' })[0]?.text ?? '').trim();
    // Move to the seed (its position in the list) and open it.
    const rows = screen.lines();
    const seedRow = rows.findIndex((row) => row.includes('31 Jan 2024'));
    const cursorRow = rows.findIndex((row) => row.includes('❯'));
    for (let step = cursorRow; step < seedRow; step++) await screen.keys('Down');
    await screen.keys('Enter');
    const reader = await screen.waitFor((text) => text.split('\n')[0]?.trim() === title, 'the seed title on the first line');
    expect(reader).not.toContain('shell-before-qari');
    await screen.keys('q');
    await screen.waitFor((text) => text.startsWith('qari · '), 'the library again');
    await screen.keys('q');
    const after = await screen.waitFor((text) => text.includes('qari-exit='), 'qari to exit');
    expect(after).toContain('shell-before-qari');
    expect(after).toContain('qari-exit=0');
  });
});
