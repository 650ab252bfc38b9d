// A 1 MB fenced code block in a real terminal (tmux): the first screen comes and
// Ctrl-C answers at once. Code is shown as it is, a unit a line, laid out as far
// as it is on screen; nothing goes over the whole block (a highlighter took 11 s
// of CPU on it, during which no key was read).
// Needs the bundle: `npm run build`.
import { afterEach, describe, expect, it } from 'vitest';
import { TmuxScreen } from '../support/tmux.js';
import { tempLibrary, writeArticle } from './support/hostile.js';

const isReading = (screen: string) => / \d+% · \? help/.test(screen);
const CODE_LINE = 'const total = values.reduce((sum, value) => sum + value, 0); // sum them\n';

let screen: TmuxScreen | undefined;
afterEach(() => screen?.kill());

function bigCodeLibrary(): string {
  const dir = tempLibrary();
  const code = CODE_LINE.repeat(Math.ceil(1_000_000 / CODE_LINE.length));
  writeArticle(dir, 'big-code', `---\ntitle: رمز طويل\nlang: ar\n---\nفقرة قبل الرمز.\n\n\`\`\`js\n${code}\`\`\`\n\nفقرة بعده.\n`);
  return dir;
}

describe('an article holding a 1 MB code block (tmux)', () => {
  it('shows its first screen with the code, and Ctrl-C there exits at once', async () => {
    screen = new TmuxScreen(100, 30);
    screen.start(['big-code'], { QARI_LIBRARY: bigCodeLibrary() });
    await screen.waitFor((text) => isReading(text) && text.includes('const total'), 'the code on the first screen');
    const pressed = Date.now();
    await screen.keys('C-c');
    expect(await screen.waitFor((text) => text.includes('qari-exit='), 'qari to exit', 10_000)).toContain('qari-exit=0');
    // The design's budget for Ctrl-C is 100 ms; a generous bound here (the machine is shared) still tells seconds of work apart.
    expect(Date.now() - pressed).toBeLessThan(2_000);
  });

  it('goes to the end (G) and back (g) without waiting on the whole block', async () => {
    screen = new TmuxScreen(100, 30);
    screen.start(['big-code'], { QARI_LIBRARY: bigCodeLibrary() });
    await screen.waitFor(isReading, 'the reader');
    await screen.keys('G');
    await screen.waitFor((text) => text.includes('فقرة بعده') || text.includes('ﻩﺪﻌﺑ'), 'the end of the article');
    await screen.keys('g');
    await screen.waitFor((text) => text.includes('ﺰﻣﺮﻟﺍ'), 'the start again');
    await screen.keys('C-c');
    expect(await screen.waitFor((text) => text.includes('qari-exit='), 'qari to exit')).toContain('qari-exit=0');
  });
});
