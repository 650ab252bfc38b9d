// The key fold both screens share. Keys typed faster than renders arrive as one
// chunk (split-keys.ts); each key is mapped by the screen's keymap to a command,
// with the state it meets (never a stale one), and reduced in order. Once the
// screen is done (an article chosen, the reader leaving), later keys are kept,
// in order, for the screen that comes next.
import type { Key } from 'ink';
import { splitKeys, type PendingKey } from './split-keys.js';

/** A raw key (or chunk of keys) from the key router. */
export interface KeyInput {
  type: 'key';
  input: string;
  key: Key;
}

export interface KeyedState {
  /** Keys read after the screen was done: for the next screen. */
  unread: readonly PendingKey[];
}

export function withKeys<State extends KeyedState, Command extends { type: string }>(
  reduce: (state: State, command: Command) => State,
  keymap: (state: State, input: string, key: Key) => Command | undefined,
  done: (state: State) => boolean,
): (state: State, action: Command | KeyInput) => State {
  return (state, action) => {
    if (!isKeyInput(action)) return reduce(state, action);
    return splitKeys(action.input, action.key).reduce((current, pending) => {
      if (done(current)) return { ...current, unread: [...current.unread, pending] };
      const command = keymap(current, pending.input, pending.key);
      return command ? reduce(current, command) : current;
    }, state);
  };
}

function isKeyInput<Command extends { type: string }>(action: Command | KeyInput): action is KeyInput {
  return action.type === 'key';
}
