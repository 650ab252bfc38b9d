// Ctrl-C while the heaviest screen loads: the 5 MB article, Ctrl-C sent as soon as
// the reader shows its loading line (the article is still being read and parsed), timed
// from the key until the process has exited. The whole way out counts: Ink's last
// frame, the terminal modes undone, the reading positions saved.
import { NODE } from '../qari.mjs';
import { nowMs, sample } from '../timing.mjs';
import { withTerminal } from '../tmux.mjs';
import { absoluteRow, runsNote } from './common.mjs';

const LIMIT_MS = 150;
const args = (ctx) => ['--library', ctx.corpus.biglib, ctx.corpus.bigId];
// While it loads, the reader's first row is "loading <title> …" (English: the bench's LANG),
// then its status line shows "…" for the percentage while the opening alone is on screen.
const loading = (screen) => /^(loading .*)?…$/.test(screen.split('\n')[0]?.trim() ?? '') || screen.includes(' · … · ? help');

export default {
  id: 'ctrl-c-loading',
  what: 'Ctrl-C while the 5 MB article loads',
  budget: `≤ ${LIMIT_MS} ms to exit`,
  async measure(ctx) {
    let missedLoading = 0;
    const result = await sample(
      () =>
        withTerminal(ctx.terminal([NODE, ctx.bin, ...args(ctx)]), async (terminal) => {
          await terminal.launch();
          const seen = await terminal.waitFor((screen) => loading(screen) || screen.includes('% · ? help'), 'the reader loading the article', { timeoutMs: 60_000, pollMs: ctx.pollMs });
          if (!loading(seen.screen)) missedLoading++;
          await terminal.keys('C-c');
          const sentAt = nowMs();
          const exit = await terminal.waitExit('qari after Ctrl-C', { timeoutMs: 60_000, pollMs: ctx.pollMs });
          return exit.at - sentAt;
        }),
      ctx.sampling({ allowanceMs: 90_000 }),
    );
    const caught = missedLoading > 0 ? `${missedLoading} of the runs saw the article before Ctrl-C was sent (not while loading)` : 'every run sent Ctrl-C while the article was loading';
    return absoluteRow(this, result, LIMIT_MS, 'ms', { note: [caught, runsNote(result)].filter(Boolean).join('; ') });
  },
  profile: (ctx) => ({ kind: 'tui', args: args(ctx), visual: ctx.bigVisualTitle(), timeoutMs: 120_000 }),
};
