import { describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import { splitKeys } from '../../src/tui/split-keys.js';

const noKey = { return: false, tab: false, delete: false, escape: false } as Key;

describe('keys typed at once', () => {
  it('become one key per character', () => {
    expect(splitKeys('jjj', noKey).map(({ input }) => input)).toEqual(['j', 'j', 'j']);
  });

  it('keep a word and its Enter apart, so the Enter submits', () => {
    const keys = splitKeys('تصرح\r', noKey);
    expect(keys.map(({ input }) => input).join('')).toBe('تصرح\r');
    expect(keys.at(-1)?.key.return).toBe(true);
    expect(keys.slice(0, -1).every(({ key }) => !key.return)).toBe(true);
  });

  it('read Backspace and Esc in a chunk as those keys', () => {
    const [backspace, escape] = splitKeys('\u007F\u001B', noKey);
    expect(backspace?.key.delete).toBe(true);
    expect(escape?.key.escape).toBe(true);
  });
});
