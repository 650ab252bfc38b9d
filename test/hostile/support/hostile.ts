// Hostile text, as scraped pages carry it: escape sequences a terminal would act on, C1 controls,
// bidi overrides, zero-width characters; and checks that none of it reaches stdout.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Escape sequences and controls, each with what a terminal would do with it. */
export const ATTACKS = {
  osc52: '\u001b]52;c;cXVhcmktcHduZWQ=\u0007', // writes "qari-pwned" to the clipboard
  oscTitle: '\u001b]0;PWNED-TITLE\u0007', // sets the window title
  oscTitleSt: '\u001b]2;PWNED-ST\u001b\\', // the same, ended by ST
  oscLink: '\u001b]8;;https://evil.example/\u0007', // opens a hyperlink
  clear: '\u001b[2J\u001b[3J\u001b[H', // clears the screen and the scrollback
  reset: '\u001bc', // RIS: full reset
  statusReport: '\u001b[6n', // DSR: the terminal types the cursor position into stdin
  titleReport: '\u001b[21t', // the terminal types its title into stdin
  leaveAlt: '\u001b[?1049l', // leaves the alternate screen under the reader's feet
  sgr: '\u001b[31;1;4;5;7;9m', // red, bold, underline, blink, inverse, struck
  dcs: '\u001bP1$qm\u001b\\', // DECRQSS: another reply into stdin
  csi8bit: '\u009b2J', // the 8-bit CSI: clears the screen on terminals that take C1
  osc8bit: '\u009d0;PWNED-C1\u009c', // 8-bit OSC title change
  c1: '\u0085\u0090x\u009c\u0084', // NEL, DCS … ST, IND
  apc: '\u009fPWNED-APC', // APC with no end: a terminal swallows the rest of the line
  c0: '\u0007\u0008\u000b\u000c\r\u007f\u0001\u001a', // BEL, BS, VT, FF, CR, DEL, SOH, SUB
};

/** Strings that are only inside escape sequences: none may reach any output. */
export const MARKERS = ['PWNED', 'cXVhcmktcHduZWQ=', 'evil.example', '1$qm'];

export const ALL_ATTACKS = Object.values(ATTACKS).join('');

export const RLO = '\u202e';
export const PDF = '\u202c';
export const ZERO_WIDTH = '\u200b\u200c\u200d\u2060\ufeff\u00ad';

/**
 * What may not be in text qari writes to a pipe: C0 but LF (TAB only where `tab`),
 * DEL, C1 (which includes the 8-bit CSI U+009B). Returns each offender with context.
 */
export function controlsIn(text: string, options: { tab?: boolean } = {}): string[] {
  const pattern = options.tab ? /[\0-\x08\x0b-\x1f\x7f-\x9f]/gu : /[\0-\x09\x0b-\x1f\x7f-\x9f]/gu;
  return [...text.matchAll(pattern)].slice(0, 5).map((match) => `U+${match[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${match.index}: ${JSON.stringify(text.slice(Math.max(0, match.index - 20), match.index + 20))}`);
}

export function markersIn(text: string): string[] {
  return MARKERS.filter((marker) => text.includes(marker));
}

/** Every string in a parsed JSON value. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => [key, ...stringsOf(item)]);
  return [];
}

/** Whether each line closes every embedding, override and isolate it opens, and closes nothing else. */
export function unbalancedLines(text: string): string[] {
  return text.split('\n').filter((line) => {
    const stack: string[] = [];
    for (const char of line) {
      if ('\u202a\u202b\u202d\u202e'.includes(char)) stack.push('e');
      else if ('\u2066\u2067\u2068'.includes(char)) stack.push('i');
      else if (char === '\u202c') {
        if (stack.at(-1) !== 'e') return true;
        stack.pop();
      } else if (char === '\u2069') {
        if (!stack.includes('i')) return true;
        while (stack.pop() !== 'i');
      }
    }
    return stack.length > 0;
  });
}

/** A folder of its own for a test's library. */
export function tempLibrary(prefix = 'qari-hostile-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeArticle(dir: string, id: string, text: string | Buffer): string {
  const path = join(dir, `${id}.md`);
  writeFileSync(path, text);
  return path;
}

const A = ATTACKS;

/**
 * An article with hostile bytes in every field and every kind of block: raw in the
 * file, and as YAML escapes (\e, \x9b) that the YAML parser turns into controls.
 */
export const HOSTILE_ARTICLE = `---
title: "عنوان ${RLO}خبيث ${A.osc52}${A.oscTitle} with \\e]0;PWNED-YAML\\a and \\x9b2J"
date: 2024-03-01
lang: ar
source: "المصدر \\e[2J${A.oscLink}"
author: "كاتب ${A.c1}"
related:
  - "مقال ${A.oscTitleSt}آخر"
  - "\\e]52;c;cXVhcmktcHduZWQ=\\a"
  - trojan
---
فقرة أولى ${A.osc52}فيها ${A.clear}مسح${A.reset} و${A.statusReport}${A.titleReport} وكلمة ${RLO}معكوسة بلا إغلاق.

## قسم ${A.sgr}أحمر${A.leaveAlt} ${RLO}مقلوب

نص ${A.dcs}عادي ${A.csi8bit}و${A.osc8bit}${A.c1}${A.c0}آخر ${ZERO_WIDTH}فاصل.${A.apc}

- بند ${A.clear}أول
- بند ${A.osc52}ثان
  - بند متداخل ${A.oscTitle}

> اقتباس ${A.oscTitle}مهم
>
> — قائل ${A.sgr}مجهول

![تعليق ${A.clear}صورة]()

\`\`\`
code ${A.clear}line\tand a tab ${A.osc52}
\`\`\`

| a ${A.oscTitle} | b |
|---|---|
| ${A.csi8bit} | ${A.sgr}x |

رابط [نص ${A.oscTitle}الرابط](https://x.example/${A.osc52}) و\`كود ${A.clear}\` و**غامق ${A.sgr}**.

## ${A.oscTitle}

فقرة تحت عنوان فارغ.
`;

/** A well-behaved article whose title holds a Trojan Source override. */
export const TROJAN_ARTICLE = `---
title: "Trojan ${RLO}evil text"
date: 2024-01-02
---
Body.
`;
