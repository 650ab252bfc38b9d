// Keys typed faster than the terminal is read arrive as one chunk ("jjj", or a
// word and its Enter); Ink 6 hands such a chunk to useInput as one input with
// no key flags. Each character is a key, and Enter, Tab, Backspace and Esc in
// the chunk are those keys again.
import type { Key } from 'ink';

/** One key of a chunk. */
export interface PendingKey {
  input: string;
  key: Key;
}

export function splitKeys(input: string, key: Key): PendingKey[] {
  const characters = Array.from(input);
  if (characters.length <= 1) return [{ input, key }];
  return characters.map((character) => ({ input: character, key: keyOf(character, key) }));
}

function keyOf(character: string, chunk: Key): Key {
  const plain: Key = { ...chunk, return: false, tab: false, backspace: false, delete: false, escape: false };
  switch (character) {
    case '\r':
    case '\n':
      return { ...plain, return: true };
    case '\t':
      return { ...plain, tab: true };
    case '\u007F':
    case '\b':
      return { ...plain, delete: true };
    case '\u001B':
      return { ...plain, escape: true };
    default:
      return plain;
  }
}
