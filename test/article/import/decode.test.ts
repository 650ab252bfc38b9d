import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeInput, firstInvalidUtf8 } from '../../../src/article/import/decode.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeInput', () => {
  it('reads UTF-8 text without its BOM, escape sequences included (they are cleaned later)', () => {
    expect(decodeInput(utf8('\uFEFFعنوان\n\u001B[31mنص'), 'f')).toBe('عنوان\n\u001B[31mنص');
  });

  it.each([
    ['empty', bytes(), /^in\.txt is empty$/],
    ['blank lines only', utf8(' \n\u00A0\n\t\r\n'), /^in\.txt has no text, only blank lines$/],
    ['UTF-16 LE with a BOM', bytes(0xff, 0xfe, 0x41, 0x00), /^in\.txt is UTF-16 text/],
    ['UTF-16 BE with a BOM', bytes(0xfe, 0xff, 0x00, 0x41), /^in\.txt is UTF-16 text/],
    ['NUL bytes', utf8('text\u0000more'), /^in\.txt is a binary file, not text$/],
    ['mostly control characters', bytes(1, 2, 3, 4, 5, 6, 0x41, 7, 8, 14, 15), /^in\.txt is a binary file, not text$/],
    ['Latin-1 text', bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65), /^in\.txt is not valid UTF-8 \(bad byte at offset 3\) and does not read as Arabic/],
    ['a stray continuation byte', bytes(0x61, 0x62, 0x80), /^in\.txt is not valid UTF-8 \(bad byte at offset 2\)/],
    ['a truncated sequence', bytes(0x61, 0xd8), /offset 1/],
    ['an encoded surrogate', bytes(0x61, 0xed, 0xa0, 0x80), /offset 1/],
    ['an overlong form', bytes(0xc0, 0xaf), /offset 0/],
  ])('%s: one clear line', (_, input, message) => {
    expect(() => decodeInput(input, 'in.txt')).toThrow(message);
    try {
      decodeInput(input, 'in.txt');
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('reads windows-1256 and ISO-8859-6 Arabic that declares nothing, each in its own encoding', () => {
    const text = 'سوق الكتب المستعملة يفتح كل جمعة في الساحة القديمة.';
    for (const encoding of ['windows-1256', 'iso-8859-6']) {
      expect(decodeBytes(singleByte(encoding, text), 'f')).toEqual({ text, encoding, source: 'detected' });
      expect(decodeInput(singleByte(encoding, text), 'f')).toBe(text);
    }
  });

  it('a declared charset is used; a BOM wins over it; a wrong "utf-8" declaration gives way to the bytes', () => {
    const text = 'مرحبا بالعالم';
    expect(decodeBytes(singleByte('windows-1256', text), 'f', 'CP1256')).toMatchObject({ text, source: 'declared' });
    expect(decodeBytes(utf8(`\uFEFF${text}`), 'f', 'windows-1256')).toMatchObject({ text, source: 'bom' });
    expect(decodeBytes(singleByte('iso-8859-6', text), 'f', 'utf-8')).toMatchObject({ text, encoding: 'iso-8859-6' });
    expect(decodeBytes(utf8(text), 'f', 'no-such-charset')).toMatchObject({ text, encoding: 'utf-8' });
  });

  it('finds no bad byte in valid UTF-8', () => {
    const valid = utf8('عربي 𝔸 ok');
    expect(firstInvalidUtf8(valid)).toBe(valid.length);
  });
});

/** Text in a single-byte encoding (the inverse of the platform's decoder). */
function singleByte(encoding: string, text: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from([...text].map((char) => table.get(char) ?? 0x3f));
}
