// Reads Unicode's BidiCharacterTest.txt (vendored, gzipped) into cases for the engine:
// the input text, the paragraph direction asked for, and the expected visual string.
// The expectation is built from the file's own fields with bidi-js as an independent
// oracle for classes and mirrored glyphs (the engine uses its own generated tables):
// rule L4 mirrors characters at odd levels, and bidi controls and BN characters, which
// the engine never prints, are dropped.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import bidiModule from 'bidi-js';

type Factory = typeof bidiModule.default;
const bidi = (typeof bidiModule === 'function' ? (bidiModule as unknown as Factory) : bidiModule.default)();

export interface ConformanceCase {
  line: number;
  text: string;
  dir: 'ltr' | 'rtl' | 'auto';
  expected: string;
}

const FILE = new URL('../../fixtures/text/BidiCharacterTest.txt.gz', import.meta.url);
const BIDI_CONTROLS = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
/** Outside what the engine's output can be compared with: L3 (marks), separators, controls. */
const SKIPPED_CLASSES = new Set(['NSM', 'B', 'S']);

export function loadConformanceCases(file: URL | string = FILE): { cases: ConformanceCase[]; skipped: number; total: number } {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  const cases: ConformanceCase[] = [];
  let skipped = 0;
  let total = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line || line.startsWith('#')) continue;
    total++;
    const [codes, direction, , levelField, orderField] = line.split(';');
    const cps = codes!.trim().split(' ').map((h) => parseInt(h, 16));
    const chars = cps.map((cp) => String.fromCodePoint(cp));
    if (chars.some((ch, k) => SKIPPED_CLASSES.has(bidi.getBidiCharTypeName(ch)) || cps[k]! < 0x20 || (cps[k]! >= 0x7f && cps[k]! <= 0x9f))) {
      skipped++;
      continue;
    }
    const levels = levelField!.trim().split(' ');
    const order = orderField!.trim() ? orderField!.trim().split(' ').map(Number) : [];
    let expected = '';
    for (const index of order) {
      const cp = cps[index]!;
      if (BIDI_CONTROLS.has(cp) || bidi.getBidiCharTypeName(chars[index]!) === 'BN') continue;
      const odd = Number(levels[index]) % 2 === 1;
      expected += (odd && bidi.getMirroredCharacter(chars[index]!)) || chars[index]!;
    }
    const dir = direction === '0' ? 'ltr' : direction === '1' ? 'rtl' : 'auto';
    cases.push({ line: i + 1, text: chars.join(''), dir, expected });
  }
  return { cases, skipped, total };
}
