import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { visualLabel } from '../../src/tui/visual-label.js';
import { TmuxScreen } from '../support/tmux.js';
import { bundledArticle, SEED_ID } from '../support/articles.js';

const seed = bundledArticle(SEED_ID);
const shown = (text: string) => visualLabel(text, 100, 'rtl', 'app').trim();
const topLines = (screen: string, count = 3) => screen.split('\n').slice(0, count).map((line) => line.trim());
const isReading = (screen: string) => / \d+% · \? help/.test(screen);

let screen: TmuxScreen | undefined;
afterEach(() => screen?.kill());

async function openSeed(): Promise<TmuxScreen> {
  const tmux = new TmuxScreen(100, 30);
  tmux.start([SEED_ID]);
  await tmux.waitFor((text) => topLines(text, 1)[0] === shown(seed.title), 'the seed title');
  return tmux;
}

describe('the reader in a real terminal (tmux, 100×30, CI unset)', () => {
  it('] three times brings the third section heading to the top', async () => {
    screen = await openSeed();
    await screen.keys(']', ']', ']');
    const heading = shown('حكومة بغداد تصرّح');
    await screen.waitFor((text) => topLines(text).includes(heading), 'حكومة بغداد تصرّح at the top');
  });

  it('t, choosing the last section, shows مخاطر أمنية at the top of what is left', async () => {
    screen = await openSeed();
    // Typed at once, not waiting for the list to show: every key reaches it.
    screen.keysAtOnce('t', 'Down', 'Down', 'Down', 'Enter');
    // The last section is shorter than a page: the page ends the article and the status says 4/4.
    const after = await screen.waitFor((text) => isReading(text) && text.includes(' 4/4 '), 'section 4/4');
    expect(after).toContain(shown('مخاطر أمنية'));
  });

  it('a word searched with and without harakat lands on the same hit', async () => {
    screen = await openSeed();
    await screen.keys('/');
    screen.type('تصرّح');
    await screen.keys('Enter');
    const withMarks = await screen.waitFor((text) => /hit 1\/1/.test(text), 'the hit with shadda');
    await screen.keys('g', '/');
    screen.type('تصرح');
    await screen.keys('Enter');
    const without = await screen.waitFor((text) => /hit 1\/1/.test(text) && topLines(text, 1)[0] === topLines(withMarks, 1)[0], 'the same hit without shadda');
    expect(topLines(without, 1)[0]).toBe(shown('حكومة بغداد تصرّح'));
  });

  it('q twice quits and the shell screen is as it was before qari started', async () => {
    screen = await openSeed();
    await screen.keys('j', 'j', 'q');
    await screen.waitFor((text) => text.startsWith('qari · '), 'the library');
    await screen.keys('q');
    const after = await screen.waitFor((text) => text.includes('qari-exit='), 'the shell');
    const lines = after.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toEqual(['shell-before-qari', 'qari-exit=0']);
  });

  it('SIGTERM leaves the alternate screen and restores the terminal modes', async () => {
    const record = join(mkdtempSync(join(tmpdir(), 'qari-rec-')), 'pane.out');
    screen = new TmuxScreen(100, 30);
    screen.start([SEED_ID], {}, { recordTo: record });
    await screen.waitFor((text) => topLines(text, 1)[0] === shown(seed.title), 'the seed title');
    process.kill(screen.qariPid(), 'SIGTERM');
    const after = await screen.waitFor((text) => text.includes('qari-exit='), 'the shell');
    expect(after).toContain('qari-exit=143');
    expect(after.split('\n').filter((line) => line.trim() !== '')).toEqual(['shell-before-qari', 'qari-exit=143']);
    const raw = readFileSync(record, 'latin1');
    const entered = raw.indexOf('\u001B[?1049h');
    const explicit = raw.indexOf('\u001B[8l');
    const firstArabic = raw.indexOf('\u00EF\u00BB'); // UTF-8 lead bytes of Arabic presentation forms U+FExx
    expect(entered).toBeGreaterThanOrEqual(0);
    expect(explicit).toBeGreaterThan(entered);
    expect(firstArabic).toBeGreaterThan(explicit);
    const tail = raw.slice(raw.lastIndexOf('\u001B[8h'));
    expect(tail).toContain('\u001B[?25h');
    expect(tail).toContain('\u001B[?1049l');
    // Nothing is drawn after qari leaves the alternate screen (Ink's exit hook shows the
    // cursor once more, which is harmless): only the shell's line follows.
    const afterLeaving = raw.slice(raw.lastIndexOf('\u001B[?1049l') + '\u001B[?1049l'.length);
    expect(afterLeaving.replace(/\u001B\[\?25h/g, '').trim()).toBe('qari-exit=143');
  });
});

describe('with stdin a pipe', () => {
  it('takes keys from the terminal, like less', async () => {
    screen = new TmuxScreen(100, 30);
    screen.start([SEED_ID], {}, { pipedStdin: true });
    await screen.waitFor((text) => topLines(text, 1)[0] === shown(seed.title), 'the seed title');
    await screen.keys(']');
    await screen.waitFor((text) => topLines(text, 1)[0] === shown(seed.sections[0]?.heading ?? ''), 'the first section');
    await screen.keys('q');
    await screen.waitFor((text) => text.startsWith('qari · '), 'the library');
    await screen.keys('q');
    await screen.waitFor((text) => text.includes('qari-exit=0'), 'qari to exit');
  });
});
