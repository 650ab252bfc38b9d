#!/usr/bin/env node
// `npm run bench`: builds the synthetic corpus, measures every budget (the
// table in BENCHMARKS.md) against its baseline in this same run, prints one table.
//
//   node bench/run.mjs [--json|--markdown] [--quick] [--only id,id] [--profile]
//                      [--profile-rows id,id] [--keep] [--runs N] [--poll-ms N] [--bin PATH]
//   --json     the report as JSON on stdout (progress stays on stderr)
//   --markdown the report as Markdown (the start of BENCHMARKS.md)
//   --quick    3 runs instead of 5, for developing the bench (not for BENCHMARKS.md)
//   --only     some rows (ids: cat tui-start bidi first-screen-5mb scroll-seed
//              scroll-5mb list-cold list-warm memory-5mb related import-page
//              ctrl-c-loading search-warm r-list index-100k list-100k-warm search-100k-warm
//              tui-list-100k quit-100k)
//   --profile  profile every row that misses its budget, print where the time goes
//   --profile-rows id,id   profile these rows whatever their result
//   --keep     keep the temp folder (corpus, caches, profiles) and say where
//   --runs     measured runs per row (default 5; at least 5 unless --quick)
//   --poll-ms  how often the TUI rows read the screen (default 10)
//   --bin      measure another build of qari (default: a copy of bin/ + dist/)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUDGETS } from './budgets/index.mjs';
import { buildCorpus } from './corpus.mjs';
import { describeMachine } from './machine.mjs';
import { profileRow } from './profile.mjs';
import { buildForProfile } from './profile-build.mjs';
import { createContext } from './context.mjs';
import { missingBuild, qariBin, ROOT, snapshotBuild } from './qari.mjs';
import { jsonReport, markdownReport, textReport } from './report.mjs';
import { nowMs } from './timing.mjs';
import { killAllTerminals, TimeoutError } from './tmux.mjs';

const ALLOWANCE_MS = 9 * 60_000; // rows still to run are skipped past this: the bench must end within 10 minutes

const usage = () => {
  const text = readFileSync(new URL(import.meta.url), 'utf8');
  return text.split('\n').filter((line) => line.startsWith('//   ')).map((line) => line.slice(3)).join('\n');
};

let values;
try {
  ({ values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
    'profile-rows': { type: 'string' },
    keep: { type: 'boolean', default: false },
    runs: { type: 'string' },
    'poll-ms': { type: 'string' },
    bin: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  }));
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n${usage()}\n`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(`${usage()}\n`);
  process.exit(0);
}

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const started = nowMs();
const loadBefore = os.loadavg()[0]; // before the bench adds its own load
const requested = qariBin(values.bin);
const problem = missingBuild(requested);
if (problem) {
  log(`cannot measure qari: ${problem}`);
  process.exit(1);
}

const only = values.only ? new Set(values.only.split(',').map((id) => id.trim())) : undefined;
const profileRows = new Set((values['profile-rows'] ?? '').split(',').map((id) => id.trim()).filter(Boolean));
const wantProfiles = values.profile || profileRows.size > 0;
const unknown = [...(only ?? []), ...profileRows].filter((id) => !BUDGETS.some((budget) => budget.id === id));
if (unknown.length) {
  log(`unknown row(s): ${unknown.join(', ')} (known: ${BUDGETS.map((budget) => budget.id).join(' ')})`);
  process.exit(2);
}
const runs = Number(values.runs ?? (values.quick ? 3 : 5));
if (!Number.isInteger(runs) || runs < 1) {
  log(`--runs wants a whole number ≥ 1, not ${values.runs}`);
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'qari-bench-'));

const cleanUp = () => {
  killAllTerminals();
  if (!values.keep) rmSync(tmp, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`${signal}: stopping, cleaning up`);
    cleanUp();
    process.exit(130);
  });
}

try {
  // The default build is copied first: a rebuild in the checkout mid-bench deletes dist/.
  const external = Boolean(values.bin || process.env.QARI_BENCH_BIN);
  const bin = external ? requested : snapshotBuild(join(tmp, 'app'));
  log(`measuring ${bin}`);
  // Profiles run a build of the same sources with source maps (made now, beside the snapshot).
  const profileBin = wantProfiles && !external ? await buildForProfile(join(tmp, 'profile-app')) : bin;
  log(`building the corpus in ${tmp}`);
  const corpusStart = nowMs();
  const corpus = buildCorpus(join(tmp, 'corpus'), join(ROOT, 'articles'));
  corpus.summary = `10,000 articles + ${(corpus.bigBytes / 2 ** 20).toFixed(1)} MiB article + 18 MiB of Arabic lines, sha256 ${corpus.hash}… (seeded, deterministic)`;
  log(`corpus ready in ${((nowMs() - corpusStart) / 1000).toFixed(1)} s (${corpus.hash})`);

  const ctx = createContext({ bin, profileBin, tmp, corpus, runs, quick: values.quick, pollMs: Number(values['poll-ms'] ?? 10), log });
  const rows = [];
  for (const budget of BUDGETS) {
    if (only && !only.has(budget.id)) continue;
    if (nowMs() - started > ALLOWANCE_MS) {
      rows.push({ ...budget, status: 'skip', note: 'not run: the bench had used its 9-minute allowance' });
      continue;
    }
    const rowStart = nowMs();
    log(`${budget.id}: ${budget.what}…`);
    try {
      rows.push(await budget.measure(ctx));
    } catch (error) {
      const screen = error instanceof TimeoutError && error.screen ? ` (screen: «${error.screen.split('\n').map((line) => line.trim()).filter(Boolean).slice(0, 3).join(' / ').slice(0, 160)}»)` : '';
      rows.push({ ...budget, status: 'error', note: `${error.message}${screen}` });
    }
    const row = rows.at(-1);
    log(`${budget.id}: ${row.status}${row.measured !== undefined && row.measured !== null ? ` ${row.measured.toFixed(1)} ${row.unit}` : ''}${row.ratio ? ` (${row.ratio.toFixed(2)}×)` : ''} in ${((nowMs() - rowStart) / 1000).toFixed(1)} s`);
  }

  const profiles = [];
  if (wantProfiles) {
    // Rows that miss their budget, figures without one (where does their time go?), and rows asked for.
    const chosen = (row) => (values.profile && (row.status === 'fail' || row.status === 'info')) || profileRows.has(row.id);
    for (const row of rows.filter((candidate) => candidate.profile && chosen(candidate))) {
      log(`profiling ${row.id}…`);
      try {
        profiles.push(await profileRow(ctx, row));
      } catch (error) {
        profiles.push({ id: row.id, text: `${row.what}: profiling failed: ${error.message}` });
      }
    }
  }

  const machine = describeMachine();
  const loadAfter = os.loadavg()[0];
  machine.load = `1-minute load average ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end (the bench itself keeps about one core busy)`;
  if (loadBefore > machine.nproc / 2 || loadAfter > machine.nproc) machine.load += '; BUSY: other work ran alongside, the figures are noisy';
  const report = { rows, machine, corpus, command: `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim(), elapsedMs: nowMs() - started, profiles: profiles.map(({ id, text }) => ({ id, text })) };
  process.stdout.write(`${values.json ? jsonReport(report) : values.markdown ? markdownReport(report) : textReport(report)}\n`);
  if (values.keep) log(`kept ${tmp}`);
} finally {
  cleanUp();
}
