// A large article's opening is shown while the rest is parsed: the percentage
// and reading time are not known yet, and keys typed meanwhile wait for the
// whole article instead of acting on its opening.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { KeyRouter } from '../../src/tui/key-router.js';
import { ReaderView, type ReaderProps } from '../../src/tui/reader/reader-view.js';
import { parseArticle } from '../../src/article/parse.js';
import { articleOpening } from '../../src/article/opening.js';
import { loadLibrary } from '../../src/library/load.js';
import { ARTICLES } from '../support/run-cli.js';
import { tick, until } from '../support/ink.js';

const body = Array.from({ length: 3000 }, (_, index) => `Paragraph ${index} of a long article.`).join('\n\n');
const source = `---\ntitle: Long\nlang: en\n---\n${body}\n`;
const whole = parseArticle(source, 'long');
const opening = parseArticle(articleOpening(source, 2000)!, 'long');

async function reader() {
  const library = await loadLibrary(ARTICLES, { cache: false });
  const noop = () => undefined;
  const props: Omit<ReaderProps, 'article'> = {
    size: { columns: 80, rows: 20 },
    rendering: 'app',
    relatedSource: { library },
    onClose: noop,
    onBack: noop,
    onForward: noop,
    onOpen: noop,
  };
  const view = (article: typeof whole, complete: boolean) => (
    <KeyRouter>
      <ReaderView article={article} complete={complete} {...props} />
    </KeyRouter>
  );
  const app = render(view(opening, false));
  return { ...app, complete: () => app.rerender(view(whole, true)), status: () => (app.lastFrame() ?? '').split('\n').at(-1) ?? '' };
}

describe('the opening of a large article', () => {
  it('shows the first paragraphs with "…" for the percentage and no reading time', async () => {
    const shown = await reader();
    const frame = await until(shown.lastFrame, (text) => text.includes('Paragraph 0'), 'the opening');
    expect(shown.status()).toContain('· … ·');
    expect(frame).not.toMatch(/min read/);
    shown.complete();
    await until(shown.lastFrame, (text) => /\b0%/.test(text), 'the whole article');
    expect(shown.lastFrame()).toMatch(/\d+ min read/);
    shown.unmount();
  });

  it('j and space scroll the opening at once', async () => {
    const shown = await reader();
    await until(shown.lastFrame, (text) => text.includes('Paragraph 0'), 'the opening');
    shown.stdin.write('jjjj ');
    await until(shown.lastFrame, (text) => !text.includes('Paragraph 0 '), 'the opening scrolled');
    expect(shown.status()).toContain('· … ·');
    shown.unmount();
  });

  it('G then k typed while the opening shows: both wait, and act in order on the whole article', async () => {
    const shown = await reader();
    await until(shown.lastFrame, (text) => text.includes('Paragraph 0'), 'the opening');
    shown.stdin.write('G');
    shown.stdin.write('k');
    await tick(100);
    expect(shown.lastFrame()).toContain('Paragraph 0');
    shown.complete();
    const end = await until(shown.lastFrame, (text) => /\b(99|100)%/.test(text) && text.includes('Paragraph 2998'), 'one line above the end');
    expect(end).not.toContain('Paragraph 2999');
    shown.unmount();
  });

  it('G typed while the opening shows goes to the end of the whole article, not of its opening', async () => {
    const shown = await reader();
    await until(shown.lastFrame, (text) => text.includes('Paragraph 0'), 'the opening');
    shown.stdin.write('G');
    await tick(100);
    expect(shown.lastFrame()).toContain('Paragraph 0');
    shown.complete();
    const end = await until(shown.lastFrame, (text) => text.includes('100%'), 'the end');
    expect(end).toContain('Paragraph 2999');
    shown.unmount();
  });
});
