// The XDG base folders qari keeps its files under: data (the user's library),
// state (reading positions), cache (library indexes). A relative value is
// ignored, as the XDG spec says.
import { homedir } from 'node:os';
import { join } from 'node:path';

const DEFAULTS = {
  XDG_DATA_HOME: ['.local', 'share'],
  XDG_STATE_HOME: ['.local', 'state'],
  XDG_CACHE_HOME: ['.cache'],
} as const;

export function xdgHome(env: NodeJS.ProcessEnv, name: keyof typeof DEFAULTS): string {
  const value = env[name];
  return value && value.startsWith('/') ? value : join(homedir(), ...DEFAULTS[name]);
}
