// ISO-8859-6 input used to be told to convert from WINDOWS-1256, and following that
// advice gave mojibake with exit 0. Both encodings are now read as they are, and input
// that is in neither is told so, without naming a wrong encoding.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

function singleByte(encoding: string, text: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from([...text].map((char) => table.get(char) ?? 0x3f));
}

const ARTICLE = 'مكتبة الحي تفتح مساءً\n\nقررت إدارة المكتبة تمديد ساعات عملها حتى العاشرة مساءً طوال أيام الأسبوع.\n';

describe('single-byte Arabic text given to qari import', () => {
  it.each(['iso-8859-6', 'windows-1256'])('%s is read as Arabic, the same article as its UTF-8', (encoding) => {
    const expected = runCli(['import', '-', '--stdout'], { input: Buffer.from(ARTICLE, 'utf8') });
    const result = runCli(['import', '-', '--stdout'], { input: singleByte(encoding, ARTICLE) });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(expected.stdout);
  });

  it('text in neither encoding is one line that names no wrong encoding', () => {
    const result = runCli(['import', '-', '--stdout'], { input: Buffer.from('caf\u00e9 na\u00efve cr\u00e8me\n', 'latin1') });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^qari: standard input is not valid UTF-8 \(bad byte at offset 3\) and does not read as Arabic[^\n]*\n$/);
    expect(result.stderr).not.toContain('WINDOWS-1256 -t');
  });
});
