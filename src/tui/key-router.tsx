// One input hook for the whole app, routing keys to the screen that shows.
// Ink's useInput subscribes in a passive effect, after the screen is already
// drawn: a key typed right then (or while an article loads) went to nobody.
// Screens register here during commit, and keys that arrive while no screen
// listens wait for the next one (type-ahead, as in less).
import React, { createContext, useContext, useLayoutEffect, useRef, type MutableRefObject, type ReactNode } from 'react';
import { useInput, type Key } from 'ink';

export type KeyHandler = (input: string, key: Key) => void;

interface Router {
  handler: KeyHandler | undefined;
  waiting: Array<[string, Key]>;
}

const RouterContext = createContext<MutableRefObject<Router> | undefined>(undefined);

export function KeyRouter({ children }: { children: ReactNode }): React.JSX.Element {
  const router = useRef<Router>({ handler: undefined, waiting: [] });
  useInput((input, key) => {
    const { handler } = router.current;
    if (handler) handler(input, key);
    else router.current.waiting.push([input, key]);
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
