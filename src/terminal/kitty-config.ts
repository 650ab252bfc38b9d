// Whether kitty's configuration turns on `force_ltr`, the one setting that changes
// what qari must write for kitty. Only the main kitty.conf is read (no includes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function kittyConfigFile(env: NodeJS.ProcessEnv): string | undefined {
  if (env.KITTY_CONFIG_DIRECTORY) return join(env.KITTY_CONFIG_DIRECTORY, 'kitty.conf');
  const base = env.XDG_CONFIG_HOME || (env.HOME ? join(env.HOME, '.config') : undefined);
  return base ? join(base, 'kitty', 'kitty.conf') : undefined;
}

export function forcesLtr(configText: string): boolean {
  let on = false;
  for (const line of configText.split('\n')) {
    const match = /^\s*force_ltr\s+(\S+)/.exec(line);
    if (match) on = /^(yes|y|true)$/i.test(match[1] ?? '');
  }
  return on;
}

export function kittyForcesLtr(env: NodeJS.ProcessEnv): boolean {
  const file = kittyConfigFile(env);
  if (!file) return false;
  try {
    return forcesLtr(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}
