import { describe, expect, it } from 'vitest';
import { BIDI_CONTROLS, isExplicitControl } from '../../src/text/bidi-controls.js';
import { layoutParagraph } from '../../src/text/index.js';
import { plainLine } from '../../src/output/plain.js';
import { safeJson } from '../../src/output/json.js';
import { fold } from '../../src/article/normalize.js';

/** Every BMP character Unicode calls Bidi_Control. */
const UNICODE_BIDI_CONTROLS = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit)).filter((char) => /\p{Bidi_Control}/u.test(char));

describe('the bidi controls', () => {
  it('are exactly the characters Unicode calls Bidi_Control', () => {
    const ours = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit)).filter((char) => new RegExp(BIDI_CONTROLS.source).test(char));
    expect(ours).toEqual(UNICODE_BIDI_CONTROLS);
    expect(UNICODE_BIDI_CONTROLS.filter((char) => isExplicitControl(char.charCodeAt(0))).length).toBe(9);
  });

  // Each output names the list once (text/bidi-controls.ts): if one of them kept its
  // own list and it drifted, a control would pass through that output.
  it.each(UNICODE_BIDI_CONTROLS.map((char) => [`U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, char]))('%s reaches no output raw: plain lines, JSON, the engine’s visual lines, folded titles', (_, char) => {
    const text = `abc ${char}عربي${char} def`;
    expect(plainLine(text)).not.toContain(char);
    expect(safeJson({ text })).not.toContain(char);
    expect(layoutParagraph(text, { width: 40 }).flatMap((line) => line.segments.map((segment) => segment.text)).join('')).not.toContain(char);
    expect(fold(text)).not.toContain(char);
  });
});
