// One input hook for the whole app, routing keys to the screen that shows.
// Ink's useInput subscribes in a passive effect, after the screen is already
// drawn: a key typed right then (or while an article loads) went to nobody.
// Screens register here during commit, and keys that arrive while no screen
// listens wait for the next one (type-ahead, as in less).
import React, { createContext, useCallback, useContext, useLayoutEffect, useRef, type MutableRefObject, type ReactNode } from 'react';
import { useInput, type Key } from 'ink';
import type { PendingKey } from './split-keys.js';

export type KeyHandler = (input: string, key: Key) => void;

export type { PendingKey };

interface Router {
  handler: KeyHandler | undefined;
  waiting: Array<[string, Key]>;
}

const RouterContext = createContext<MutableRefObject<Router> | undefined>(undefined);

/** `onInterrupt`: Ctrl-C, whatever the screen (it never waits behind other keys). */
export function KeyRouter({ children, onSuspend, onInterrupt }: { children: ReactNode; onSuspend?: () => void; onInterrupt?: () => void }): React.JSX.Element {
  const router = useRef<Router>({ handler: undefined, waiting: [] });
  useInput((input, key) => {
    if (key.ctrl && input === 'c' && onInterrupt) {
      onInterrupt();
      return;
    }
    if (key.ctrl && input === 'z' && onSuspend) {
      onSuspend();
      return;
    }
    const { handler } = router.current;
    if (!handler) {
      router.current.waiting.push([input, key]);
      return;
    }
    // Keys passed on by a screen that then stayed (nowhere to go) come first, in order.
    for (const [waitingInput, waitingKey] of router.current.waiting.splice(0)) handler(waitingInput, waitingKey);
    handler(input, key);
  });
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

/**
 * Makes `handler` (stable: a reducer's dispatch, say) the screen's key handler;
 * undefined while the screen takes no keys (they wait for the next one).
 */
export function useKeys(handler: KeyHandler | undefined): void {
  const router = useContext(RouterContext);
  useLayoutEffect(() => {
    if (!router || !handler) return;
    router.current.handler = handler;
    const waiting = router.current.waiting.splice(0);
    for (const [input, key] of waiting) handler(input, key);
    return () => {
      if (router.current.handler === handler) router.current.handler = undefined;
    };
  }, [router, handler]);
}

/** Hands keys a leaving screen read but did not use to whichever screen takes keys next. */
export function usePassOn(): (keys: readonly PendingKey[]) => void {
  const router = useContext(RouterContext);
  return useCallback(
    (keys: readonly PendingKey[]) => {
      for (const { input, key } of keys) router?.current.waiting.push([input, key]);
    },
    [router],
  );
}
