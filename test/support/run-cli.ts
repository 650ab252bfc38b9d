// Runs the built `bin/qari.js` as a real process, the way a user or a script does.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Each test process gets its own data, cache and state folders, never the user's. */
const HOME = mkdtempSync(join(tmpdir(), 'qari-cli-'));

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/qari.js', import.meta.url));
export const ARTICLES = fileURLToPath(new URL('../../articles', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  // English unless a test asks for another language, whatever the machine's locale.
  const env = { ...process.env, QARI_LIBRARY: '', NO_COLOR: '', QARI_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', XDG_DATA_HOME: join(HOME, 'data'), XDG_CACHE_HOME: join(HOME, 'cache'), XDG_STATE_HOME: join(HOME, 'state'), ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
