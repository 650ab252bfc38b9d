// Colour for terminals that have it but whose TERM the colour library does not know
// (mlterm), and none at all when the reader asked for none (NO_COLOR, --no-color).
// The answer is a FORCE_COLOR value for chalk (Ink's colours), or undefined to let it decide.

/** TERM values of colour terminals that chalk's detection does not recognise. */
const COLOR_TERMS = /^(mlterm|kterm|putty|st|foot|alacritty|contour)(-|$)/;

export function forcedColorLevel(env: NodeJS.ProcessEnv, wanted: boolean): string | undefined {
  if (!wanted) return '0';
  if (env.FORCE_COLOR !== undefined) return undefined;
  if (env.TERM === 'dumb') return undefined;
  if (env.MLTERM || COLOR_TERMS.test(env.TERM ?? '')) return '2';
  if (env.COLORTERM) return env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit' ? '3' : '1';
  return undefined;
}
