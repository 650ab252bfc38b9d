// The bidi mode for the terminal qari writes to: the user's choice, or what `auto`
// finds from the environment and, under kitty, kitty's own configuration.
import { chooseBidiMode, isKitty, type BidiMode } from '../terminal/detect.js';
import { kittyForcesLtr } from '../terminal/kitty-config.js';
import type { GlobalSettings } from './options.js';

export function bidiModeFor(settings: GlobalSettings, env: NodeJS.ProcessEnv): BidiMode {
  if (settings.bidi !== 'auto') return settings.bidi;
  return chooseBidiMode('auto', env, { kittyForcesLtr: isKitty(env) && kittyForcesLtr(env) });
}
