import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { withKeys } from '../../src/tui/with-keys.js';
import type { PendingKey } from '../../src/tui/split-keys.js';

const NO_KEY: Key = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false };

interface Counter {
  count: number;
  done: boolean;
  unread: readonly PendingKey[];
}
type Command = { type: 'add'; by: number } | { type: 'stop' };

const reduce = withKeys(
  (state: Counter, command: Command): Counter => (command.type === 'add' ? { ...state, count: state.count + command.by } : { ...state, done: true }),
  (_state: Counter, input: string): Command | undefined => (input === 'j' ? { type: 'add', by: 1 } : input === 'q' ? { type: 'stop' } : undefined),
  (state) => state.done,
);
const start: Counter = { count: 0, done: false, unread: [] };

describe('the key fold both screens share', () => {
  it('maps every key of a chunk typed faster than renders, in order, and ignores unmapped keys', () => {
    expect(reduce(start, { type: 'key', input: 'jxjj', key: NO_KEY }).count).toBe(3);
  });

  it('keeps the keys typed after the screen is done, in order, for the next screen', () => {
    const state = reduce(start, { type: 'key', input: 'jqjk', key: NO_KEY });
    expect(state.count).toBe(1);
    expect(state.unread.map((pending) => pending.input)).toEqual(['j', 'k']);
  });

  it('passes a command the view sends straight to the reducer', () => {
    expect(reduce(start, { type: 'add', by: 5 }).count).toBe(5);
  });
});
