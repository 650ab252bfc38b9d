// The terminal's size, following resizes (Ink 6 has no useWindowSize).
import { useEffect, useState } from 'react';
import { useStdout } from 'ink';
import { terminalSize, type TerminalSize } from '../terminal/size.js';

export type { TerminalSize };

export function useTerminalSize(fixed?: TerminalSize): TerminalSize {
  const { stdout } = useStdout();
  const read = (): TerminalSize => fixed ?? terminalSize(stdout);
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed) {
      setSize(fixed);
      return;
    }
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fixed?.columns, fixed?.rows]);
  return size;
}
