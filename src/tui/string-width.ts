// Ink measures every character of every frame with string-width, whose
// Intl.Segmenter path is slow for Arabic presentation forms: about an eighth of
// the reader's start went there. The bundle aliases string-width to this (see
// scripts/bundle.mjs): the text engine's table-driven width, the one the layout
// used to fit the lines, after dropping escape sequences (Ink's colours).
import { displayWidth } from '../text/index.js';

const ESCAPE_SEQUENCE = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

export interface StringWidthOptions {
  countAnsiEscapeCodes?: boolean;
}

export default function stringWidth(text: string, options: StringWidthOptions = {}): number {
  if (typeof text !== 'string' || text.length === 0) return 0;
  const visible = options.countAnsiEscapeCodes || !text.includes('\u001B') ? text : text.replace(ESCAPE_SEQUENCE, '');
  return displayWidth(visible);
}
