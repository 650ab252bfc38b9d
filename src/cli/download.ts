// A download for a command, with a progress line on stderr when it is a terminal and
// the download has taken more than a second; the line is cleared when it ends.
import type { FetchedPage, FetchOptions } from '../web/index.js';
import type { CommandIO } from './io.js';
import type { Web } from './web.js';

const QUIET_MS = 1000;

export async function downloadWithProgress(web: Web, url: string, io: CommandIO, options: FetchOptions = {}): Promise<FetchedPage> {
  const started = Date.now();
  let shown = false;
  let last: [number, number | null] = [0, null];
  const show = (received: number, total: number | null) => {
    last = [received, total];
    if (!io.stderr.isTTY || Date.now() - started < QUIET_MS) return;
    shown = true;
    // In kilobytes alone (a page is at most 10 MB): one unit for the catalogues to say.
    const size = total ? `${kilobytes(received)} KB of ${kilobytes(total)} KB` : `${kilobytes(received)} KB`;
    io.stderr.write(`\r\u001b[Kqari: downloading ${host(url)}… ${size}`);
  };
  // A server that is slow to answer at all shows progress too.
  const timer = io.stderr.isTTY ? setInterval(() => show(...last), QUIET_MS / 2) : undefined;
  try {
    return await web.fetchPage(url, { ...options, onProgress: show });
  } finally {
    clearInterval(timer);
    if (shown) io.stderr.write('\r\u001b[K');
  }
}

function kilobytes(bytes: number): number {
  return Math.ceil(bytes / 1024);
}

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
