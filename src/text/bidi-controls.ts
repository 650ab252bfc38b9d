// The bidi control characters (Unicode's Bidi_Control property): the marks ALM, LRM
// and RLM, the embeddings and overrides LRE, RLE, PDF, LRO, RLO, and the isolates
// LRI, RLI, FSI, PDI. Real text needs them, so the engine honours them; every output
// that is not laid out by the engine drops, escapes or balances them, since a stray
// one reorders whatever a terminal shows after it (Trojan Source, CVE-2021-42574).
// One list, so every output treats the same characters.

/** For a character class: `new RegExp(`[${BIDI_CONTROL_CHARS}]`)`. */
export const BIDI_CONTROL_CHARS = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';

export const BIDI_CONTROLS = new RegExp(`[${BIDI_CONTROL_CHARS}]`, 'g');

/**
 * What a terminal acts on instead of showing: C0 and C1 controls (escape sequences
 * start with them), the line and paragraph separators, and the bidi controls.
 */
export const TERMINAL_CONTROL_CHARS = `\\0-\\x1f\\x7f-\\x9f\\u2028\\u2029${BIDI_CONTROL_CHARS}`;

/** LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI: the ones that open or close a level. */
export const EXPLICIT_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export function isExplicitControl(unit: number): boolean {
  return (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069);
}

export function dropBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
