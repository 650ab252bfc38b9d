import { describe, expect, it } from 'vitest';
import { decodeInput, firstInvalidUtf8 } from '../../../src/article/import/decode.js';

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
    ['Windows-1256 Arabic', bytes(0xc7, 0xe1, 0xda, 0xd1, 0xc7, 0xdd), /^in\.txt is not valid UTF-8 \(bad byte at offset 0\)/],
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

  it('finds no bad byte in valid UTF-8', () => {
    const valid = utf8('عربي 𝔸 ok');
    expect(firstInvalidUtf8(valid)).toBe(valid.length);
  });
});
