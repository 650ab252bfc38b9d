// Profiles a row that missed its budget: the same command, once, under
// `node --cpu-prof` (and `--heap-prof` for the memory row), then summarised by
// profile-summary.mjs. It runs a build with source maps (profile-build.mjs) so
// the summary names src/ files and functions, not minified chunks. TUI rows run in tmux like their measurement and end with
// Ctrl-C so Node writes the profile.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NODE, ROOT, showsTitle } from './qari.mjs';
import { withTerminal } from './tmux.mjs';
import { summariseFile } from './profile-summary.mjs';

export async function profileRow(ctx, row) {
  const recipe = row.profile(ctx);
  const dir = mkdtempSync(join(ctx.tmp, `profile-${row.id}-`));
  const flags = ['--cpu-prof', '--cpu-prof-dir', dir, ...(recipe.heap ? ['--heap-prof', '--heap-prof-dir', dir] : [])];
  const cacheHome = recipe.cacheHome ?? join(ctx.tmp, 'xdg-warm');
  if (recipe.freshCache) rmSync(cacheHome, { recursive: true, force: true });
  mkdirSync(cacheHome, { recursive: true });
  const env = ctx.env(cacheHome);
  const bin = await ctx.profileBin();
  let window;
  if (recipe.kind === 'process') {
    const result = spawnSync(NODE, [...flags, bin, ...recipe.args], { cwd: ROOT, env, stdio: ['ignore', recipe.stdout === 'null' ? 'ignore' : 'pipe', 'pipe'], maxBuffer: 1 << 30, timeout: 300_000 });
    if (result.status !== 0) throw new Error(`profiling run failed: ${String(result.stderr).trim().split('\n')[0]}`);
  } else {
    await withTerminal(ctx.terminal([NODE, ...flags, bin, ...recipe.args], { XDG_CACHE_HOME: cacheHome }), async (terminal) => {
      const start = await terminal.launch();
      const seen = await terminal.waitFor((screen) => showsTitle(screen, recipe.visual), 'the title (profiling run)', { timeoutMs: recipe.timeoutMs ?? 30_000 });
      // Only the samples of the part the row times: start → title, or keys → settled screen.
      window = { from: start, to: seen.at, label: 'from launch until the title was on screen' };
      if (recipe.keys) {
        await terminal.waitStable('the first screen', { quietMs: 300 });
        const keysAt = await terminal.type(recipe.keys);
        const quietMs = 300;
        const settled = await terminal.waitStable('the screen after the keys', { quietMs, timeoutMs: recipe.timeoutMs ?? 30_000, pollMs: 5 });
        window = { from: keysAt, to: settled.at - quietMs, label: `from the keys until the screen stopped changing` };
      }
      await terminal.keys('C-c');
      await terminal.waitExit('qari after Ctrl-C (profiling run)', { timeoutMs: 30_000 });
    });
  }
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile') || name.endsWith('.heapprofile'));
  if (files.length === 0) throw new Error('the profiling run wrote no profile (did the process exit normally?)');
  const text = files
    .sort()
    .map((name) => summariseFile(join(dir, name), { top: 12, window, label: `${row.what} — ${name.endsWith('.heapprofile') ? 'heap' : 'CPU'} profile` }))
    .join('\n');
  return { id: row.id, dir, text };
}
