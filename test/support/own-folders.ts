// Run before every test file (vitest setupFiles): the file gets its own data,
// cache and state folders, so neither in-process code nor a spawned qari writes
// into the user's ~/.local/share, ~/.cache or ~/.local/state. Tests that need
// folders of their own still pass them explicitly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const home = mkdtempSync(join(tmpdir(), 'qari-test-home-'));
process.env.XDG_DATA_HOME = join(home, 'data');
process.env.XDG_CACHE_HOME = join(home, 'cache');
process.env.XDG_STATE_HOME = join(home, 'state');

afterAll(() => rmSync(home, { recursive: true, force: true }));
