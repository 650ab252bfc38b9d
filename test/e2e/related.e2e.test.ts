import { afterEach, describe, expect, it } from 'vitest';
import { visualLabel } from '../../src/tui/visual-label.js';
import { TmuxScreen } from '../support/tmux.js';
import { bundledArticle, SEED_ID } from '../support/articles.js';

const shown = (id: string) => visualLabel(bundledArticle(id).title, 100, 'rtl', 'app').trim();
const firstLine = (screen: string) => screen.split('\n')[0]?.trim();

let screen: TmuxScreen | undefined;
afterEach(() => screen?.kill());

describe('related articles in a real terminal', () => {
  it('r, Enter opens the related article; Backspace comes back to the line where it was left', async () => {
    // Short enough that the article scrolls.
    screen = new TmuxScreen(100, 12);
    screen.start(['terminal-arabic-mixed']);
    await screen.waitFor((text) => firstLine(text) === shown('terminal-arabic-mixed'), 'the first article');
    await screen.keys('j', 'j', 'j', 'j');
    const left = await screen.settled();
    expect(firstLine(left)).not.toBe(shown('terminal-arabic-mixed'));
    await screen.keys('r');
    await screen.waitFor((text) => text.includes('related 31 Jan 2024'), 'the related list');
    await screen.keys('Down', 'Enter');
    await screen.waitFor((text) => firstLine(text) === shown(SEED_ID), 'the related article title');
    await screen.keys('BSpace');
    const back = await screen.waitFor((text) => firstLine(text) === firstLine(left), 'the first article at the same line');
    expect(back).toBe(left);
  });
});
