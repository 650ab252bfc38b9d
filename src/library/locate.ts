// Which folder is the library (DESIGN.md §7): --library, QARI_LIBRARY,
// ./articles when it exists, else the articles bundled with qari.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LibraryChoice {
  /** From settings: --library or QARI_LIBRARY. */
  library: string | undefined;
}

export function resolveLibraryDir(settings: LibraryChoice, cwd: string): string {
  if (settings.library) return resolve(cwd, settings.library);
  const local = join(cwd, 'articles');
  if (isDirectory(local)) return local;
  return bundledLibraryDir();
}

/** The package's own `articles/`: the bundle lives in `dist/`, sources in `src/library/`. */
export function bundledLibraryDir(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++) {
    const candidate = join(folder, 'articles');
    if (existsSync(join(folder, 'package.json')) && isDirectory(candidate)) return candidate;
    folder = dirname(folder);
  }
  return join(folder, 'articles');
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
