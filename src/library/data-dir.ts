// qari's own data (feeds, unread marks): $XDG_DATA_HOME/qari, else ~/.local/share/qari.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function dataDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'qari');
}
