// 100 scroll keys (`j`) written in one go → time from the last key sent until
// the screen shows the final state. The final state is not guessed: a reference
// run sends the same 100 keys one at a time, each after the screen has settled
// from the previous one, and keeps the screen after a long settle. A timed run
// ends when its screen equals that reference; it must then stay there. A reader
// that loses or misreads keys that arrive together never reaches it, and fails.
import { NODE, showsTitle } from '../qari.mjs';
import { sample, sleep } from '../timing.mjs';
import { TimeoutError, withTerminal } from '../tmux.mjs';
import { absoluteRow, runsNote } from './common.mjs';

const KEYS = 100;
const LIMIT_MS = 150;

// The whole article open: a large one's opening shows "…" for the percentage until the rest is parsed.
const wholeArticle = (screen) => /\d+% · /.test(screen);

async function openReader(ctx, terminal, visual, timeoutMs) {
  await terminal.launch();
  await terminal.waitFor((screen) => showsTitle(screen, visual) && wholeArticle(screen), 'the title', { timeoutMs, pollMs: ctx.pollMs });
  return terminal.waitStable('the first screen', { quietMs: 300, timeoutMs, pollMs: ctx.pollMs });
}

/** The screen after 100 `j` typed one at a time. */
async function reference(ctx, args, visual, timeoutMs) {
  return withTerminal(ctx.terminal([NODE, ctx.bin, ...args]), async (terminal) => {
    const first = await openReader(ctx, terminal, visual, timeoutMs);
    let previous = first.screen;
    let unchanged = 0;
    let sent = 0;
    for (; sent < KEYS && unchanged < 3; sent++) {
      await terminal.type('j');
      try {
        await terminal.waitFor((screen) => screen !== previous, 'one j to scroll', { timeoutMs: 1000, pollMs: 5 });
        previous = (await terminal.waitStable('one j', { quietMs: 40, timeoutMs: 5000, pollMs: 5 })).screen;
        unchanged = 0;
      } catch (error) {
        if (!(error instanceof TimeoutError)) throw error;
        unchanged++; // the end of the article, or a key that did nothing
      }
    }
    for (; sent < KEYS; sent++) {
      await terminal.type('j');
      await sleep(20);
    }
    const final = await terminal.waitStable(`the screen after ${KEYS} j`, { quietMs: 1000, timeoutMs: 30_000, pollMs: ctx.pollMs });
    return { first: first.screen, final: final.screen, reachedEnd: unchanged >= 3 };
  });
}

function topLine(screen) {
  return (screen.split('\n').find((row) => row.trim() !== '') ?? '').trim().slice(0, 60);
}

function scrollRow({ id, what, args, visual, timeoutMs }) {
  return {
    id,
    what,
    budget: `≤ ${LIMIT_MS} ms after the last key`,
    async measure(ctx) {
      const ref = await reference(ctx, args(ctx), visual(ctx), timeoutMs);
      if (ref.final === ref.first) return { ...this, status: 'fail', note: `${KEYS} j typed one at a time did not move the screen: j does not scroll` };
      let missed;
      const result = await sample(
        () =>
          withTerminal(ctx.terminal([NODE, ctx.bin, ...args(ctx)]), async (terminal) => {
            await openReader(ctx, terminal, visual(ctx), timeoutMs);
            const sentAt = await terminal.type('j'.repeat(KEYS));
            let done;
            try {
              done = await terminal.waitFor((screen) => screen === ref.final, `the screen of ${KEYS} j`, { timeoutMs: 10_000, pollMs: ctx.pollMs });
            } catch (error) {
              if (!(error instanceof TimeoutError)) throw error;
              missed = `after ${KEYS} j sent at once the screen never matched ${KEYS} j sent one by one (10 s): top line «${topLine(error.screen)}», expected «${topLine(ref.final)}»`;
              return Number.POSITIVE_INFINITY;
            }
            const after = await terminal.waitStable(`the screen after ${KEYS} j`, { quietMs: 300, timeoutMs: 10_000, pollMs: ctx.pollMs });
            if (after.screen !== ref.final) throw new Error(`the screen went past the final state of ${KEYS} j: top line «${topLine(after.screen)}»`);
            return done.at - sentAt;
          }),
        ctx.sampling({ allowanceMs: 90_000 }),
      );
      if (missed) return { ...this, status: 'fail', measured: null, unit: 'ms', limit: LIMIT_MS, note: missed };
      const reach = ref.reachedEnd ? `${KEYS} j reach the end of the article` : `${KEYS} j stay inside the article`;
      return absoluteRow(this, result, LIMIT_MS, 'ms', { note: [reach, runsNote(result)].filter(Boolean).join('; ') });
    },
    profile: (ctx) => ({ kind: 'tui', args: args(ctx), visual: visual(ctx), timeoutMs, keys: 'j'.repeat(KEYS) }),
  };
}

export const scrollSeed = scrollRow({
  id: 'scroll-seed',
  what: `${KEYS} scroll keys at once (seed)`,
  args: (ctx) => ['--library', ctx.corpus.seedlib, ctx.corpus.seedId],
  visual: (ctx) => ctx.seedVisualTitle(),
  timeoutMs: 30_000,
});

export const scrollBig = scrollRow({
  id: 'scroll-5mb',
  what: `${KEYS} scroll keys at once (5 MB article)`,
  args: (ctx) => ['--library', ctx.corpus.biglib, ctx.corpus.bigId],
  visual: (ctx) => ctx.bigVisualTitle(),
  timeoutMs: 120_000,
});
