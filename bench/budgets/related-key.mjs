// `r` in the reader, 10,000 articles, warm index: from the key sent until the
// list is on screen (its header and at least one entry, or "nothing related").
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { NODE, ROOT, showsTitle, visualTitle } from '../qari.mjs';
import { sample, timeProcess } from '../timing.mjs';
import { withTerminal } from '../tmux.mjs';
import { absoluteRow, runsNote } from './common.mjs';

const LIMIT_MS = 100;
const LISTED = /Related · Enter open[\s\S]*(?:related |links here |similar |link |\(nothing related\))/;

export default {
  id: 'r-list',
  what: 'r in the reader, 10,000 articles: the list on screen',
  budget: `≤ ${LIMIT_MS} ms after the key`,
  async measure(ctx) {
    const id = ctx.corpus.relatedProbeId;
    const env = ctx.env(join(ctx.tmp, 'xdg-warm'));
    // The warm index, its text included (as after any search or earlier r).
    timeProcess(NODE, [ctx.bin, 'related', id, '--library', ctx.corpus.lib10k], { cwd: ROOT, env, timeoutMs: 300_000 });
    const title = /^title: (.*)$/m.exec(readFileSync(join(ctx.corpus.lib10k, `${id}.md`), 'utf8'))?.[1]?.replace(/^"(.*)"$/, '$1') ?? id;
    const visual = visualTitle(ctx.bin, title, 100, env);
    const result = await sample(
      () =>
        withTerminal(ctx.terminal([NODE, ctx.bin, '--library', ctx.corpus.lib10k, id]), async (terminal) => {
          await terminal.launch();
          await terminal.waitFor((screen) => showsTitle(screen, visual), 'the article title', { timeoutMs: 60_000, pollMs: ctx.pollMs });
          await terminal.waitStable('the article', { quietMs: 300, timeoutMs: 60_000, pollMs: ctx.pollMs });
          const sentAt = await terminal.type('r');
          const shown = await terminal.waitFor((screen) => LISTED.test(screen), 'the r list', { timeoutMs: 30_000, pollMs: 5 });
          return shown.at - sentAt;
        }),
      ctx.sampling({ warmup: 0, allowanceMs: 90_000 }),
    );
    return absoluteRow(this, result, LIMIT_MS, 'ms', { note: runsNote(result) });
  },
};
