// Keys typed faster than the terminal is read arrive as one chunk ("jjj");
// Ink 6 hands such a chunk to useInput as one input. Each character is a key.
import type { Key } from 'ink';

export function splitKeys(input: string, key: Key): Array<{ input: string; key: Key }> {
  const characters = Array.from(input);
  if (characters.length <= 1) return [{ input, key }];
  return characters.map((character) => ({ input: character, key }));
}
