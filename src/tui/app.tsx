// The TUI's top: which screen is showing (the library or the reader).
import React, { useState } from 'react';
import { useApp } from 'ink';
import type { Library } from '../library/entry.js';
import type { BidiRendering } from '../document/types.js';
import { LibraryView } from './library/library-view.js';
import { ReaderView } from './reader/reader-view.js';
import { useTerminalSize, type TerminalSize } from './use-terminal-size.js';

export interface AppProps {
  library: Library;
  rendering: BidiRendering;
  /** Open this article first instead of the library. */
  initialId?: string;
  /** Fixed size (tests); otherwise the terminal's, following resizes. */
  size?: TerminalSize;
}

type Screen = { name: 'library'; selected?: string } | { name: 'reader'; id: string };

export function App({ library, rendering, initialId, size: fixedSize }: AppProps): React.JSX.Element {
  const { exit } = useApp();
  const size = useTerminalSize(fixedSize);
  const [screen, setScreen] = useState<Screen>(initialId ? { name: 'reader', id: initialId } : { name: 'library' });
  const entry = screen.name === 'reader' ? library.entries.find((candidate) => candidate.id === screen.id) : undefined;

  if (entry?.kind === 'article') {
    return <ReaderView key={entry.id} article={entry.article} size={size} rendering={rendering} onClose={() => setScreen({ name: 'library', selected: entry.id })} />;
  }
  return (
    <LibraryView
      library={library}
      size={size}
      rendering={rendering}
      initialId={screen.name === 'library' ? screen.selected : undefined}
      onOpen={(id) => setScreen({ name: 'reader', id })}
      onQuit={exit}
    />
  );
}
