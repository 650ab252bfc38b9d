// `qari related <id> --library <10k>` wall time, warm index cache.
// No budget of its own: shown against `node -e 0` for scale.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { NODE, ROOT } from '../qari.mjs';
import { timeProcess, ProcessError } from '../timing.mjs';
import { processVsNode, runsNote } from './common.mjs';

export default {
  id: 'related',
  what: 'qari related <id>, 10,000 articles (warm cache)',
  budget: '— (figure only)',
  async measure(ctx) {
    const cacheHome = join(ctx.tmp, 'xdg-warm');
    mkdirSync(cacheHome, { recursive: true });
    const env = ctx.env(cacheHome);
    const argv = [NODE, ctx.bin, 'related', ctx.corpus.relatedProbeId, '--library', ctx.corpus.lib10k];
    try {
      timeProcess(argv[0], argv.slice(1), { cwd: ROOT, env, timeoutMs: 120_000 });
    } catch (error) {
      if (error instanceof ProcessError && (error.status === 2 || /unknown command|Cannot find module|ERR_MODULE_NOT_FOUND/.test(error.stderr))) {
        return { ...this, status: 'not built', note: `qari related is not available yet: ${error.stderr.trim().split('\n')[0] || error.message}` };
      }
      throw error;
    }
    const result = await processVsNode(ctx, argv, { env, timeoutMs: 120_000 });
    return {
      ...this,
      unit: 'ms',
      measured: result.measured.median,
      baseline: result.baseline.median,
      baselineWhat: 'node -e 0',
      ratio: result.measured.median / result.baseline.median,
      limit: null,
      status: 'info',
      samples: { measured: result.measured.samples, baseline: result.baseline.samples },
      note: runsNote(result),
    };
  },
  profile: (ctx) => ({ kind: 'process', args: ['related', ctx.corpus.relatedProbeId, '--library', ctx.corpus.lib10k], cacheHome: join(ctx.tmp, 'xdg-warm') }),
};
