// Peak RSS of the TUI with the 5 MB article open: open it, jump to the end (G),
// scroll back a little, let the screen settle, then read the process's peak
// resident set (VmHWM in /proc/PID/status; the pane's pid is qari's, by exec).
import { readFileSync } from 'node:fs';
import { NODE, showsTitle } from '../qari.mjs';
import { sample } from '../timing.mjs';
import { withTerminal } from '../tmux.mjs';
import { absoluteRow, runsNote } from './common.mjs';

const LIMIT_MB = 300;
const args = (ctx) => ['--library', ctx.corpus.biglib, ctx.corpus.bigId];

function peakMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const name = /^Name:\s*(\S+)/m.exec(status)?.[1];
  if (name !== 'node') throw new Error(`the pane's process ${pid} is "${name}", not node`);
  const kb = Number(/^VmHWM:\s*(\d+)\s*kB/m.exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`no VmHWM in /proc/${pid}/status`);
  return (kb * 1024) / 1e6;
}

export default {
  id: 'memory-5mb',
  what: 'peak RSS, 5 MB article open (G, then k×20)',
  budget: `≤ ${LIMIT_MB} MB`,
  async measure(ctx) {
    const visual = ctx.bigVisualTitle();
    const result = await sample(
      () =>
        withTerminal(ctx.terminal([NODE, ctx.bin, ...args(ctx)]), async (terminal) => {
          await terminal.launch();
          await terminal.waitFor((screen) => showsTitle(screen, visual), 'the 5 MB article title', { timeoutMs: 120_000, pollMs: ctx.pollMs });
          const pid = await terminal.panePid();
          await terminal.keys('G');
          await terminal.waitStable('the end of the 5 MB article', { quietMs: 500, timeoutMs: 120_000, pollMs: ctx.pollMs });
          await terminal.type('k'.repeat(20));
          await terminal.waitStable('20 k', { quietMs: 500, timeoutMs: 60_000, pollMs: ctx.pollMs });
          return peakMb(pid);
        }),
      ctx.sampling({ warmup: 0, allowanceMs: 120_000 }),
    );
    return absoluteRow(this, result, LIMIT_MB, 'MB', { note: runsNote(result) });
  },
  profile: (ctx) => ({ kind: 'tui', args: args(ctx), visual: ctx.bigVisualTitle(), timeoutMs: 120_000, keys: 'G', heap: true }),
};
