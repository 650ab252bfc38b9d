// A slow download shows its progress on stderr when that is a terminal, and the line
// is gone when the import ends (tmux; the page comes from a local server).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TmuxScreen } from '../support/tmux.js';
import { startServer, type TestServer } from '../support/web-server.js';

let server: TestServer;
let screen: TmuxScreen | undefined;

beforeAll(async () => {
  const page = readFileSync(new URL('../fixtures/web/news-cms.html', import.meta.url));
  server = await startServer({
    // Half the page at once, the rest three seconds later.
    '/slow.html': (_, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(page.length) });
      response.write(page.subarray(0, 2000));
      const timer = setTimeout(() => response.end(page.subarray(2000)), 3000);
      response.on('close', () => clearTimeout(timer));
    },
  });
});

afterEach(() => screen?.kill());
afterAll(async () => {
  await server.close();
});

describe('qari import URL in a terminal', () => {
  it('shows "downloading host… n KB of m KB" while the page is slow, and clears it at the end', async () => {
    const library = mkdtempSync(join(tmpdir(), 'qari-progress-'));
    screen = new TmuxScreen(100, 10);
    screen.start(['import', `${server.url}/slow.html`, '--library', library], { XDG_DATA_HOME: join(library, 'data') });
    const during = await screen.waitFor((text) => text.includes('downloading'), 'the progress line');
    expect(during).toMatch(/qari: downloading 127\.0\.0\.1:\d+… 2 KB of \d+ KB/);
    const after = await screen.waitFor((text) => text.includes('qari-exit='), 'the end of the import');
    expect(after).toContain('qari-exit=0');
    expect(after).not.toContain('downloading');
    expect(after).toMatch(/\.md/);
  });
});
