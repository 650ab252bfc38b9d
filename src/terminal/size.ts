// A terminal's size in cells, for whatever lays lines out to fit it. A stream that
// is not a terminal (a pipe, a file), or that does not say, is taken as 80×24,
// the size terminals start at.

export interface TerminalSize {
  columns: number;
  rows: number;
}

export const DEFAULT_SIZE: TerminalSize = { columns: 80, rows: 24 };

interface SizedStream {
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

export function terminalSize(stream: SizedStream): TerminalSize {
  const terminal = stream.isTTY !== false;
  return {
    columns: terminal && stream.columns && stream.columns > 0 ? stream.columns : DEFAULT_SIZE.columns,
    rows: terminal && stream.rows && stream.rows > 0 ? stream.rows : DEFAULT_SIZE.rows,
  };
}
