// The rows of the `?` overlay: the keys to press and what they do, as messages.
import type { MessageKey } from '../../i18n/index.js';

export const HELP_ROWS: ReadonlyArray<readonly [MessageKey, MessageKey]> = [
  ['keys.line', 'does.line'],
  ['keys.page', 'does.page'],
  ['keys.ends', 'does.ends'],
  ['keys.sections', 'does.sections'],
  ['keys.section-n', 'does.section-n'],
  ['keys.contents', 'does.contents'],
  ['keys.search', 'does.search'],
  ['keys.related', 'does.related'],
  ['keys.history', 'does.history'],
  ['keys.library', 'does.library'],
  ['keys.text-search', 'does.text-search'],
  ['keys.close', 'does.close'],
  ['keys.help', 'does.help'],
  ['keys.quit', 'does.quit'],
];

/** The overlay's title and hint take two of its lines. */
export function helpRowsShown(height: number): number {
  return Math.max(1, height - 2);
}

/** The first row shown, kept so the last page is full. */
export function clampHelpTop(top: number, height: number): number {
  return Math.min(Math.max(0, top), Math.max(0, HELP_ROWS.length - helpRowsShown(height)));
}
