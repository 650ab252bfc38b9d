// Which folders are the library. Reading: --library, QARI_LIBRARY, ./articles when
// it exists; else the user's own library (once something was imported into it)
// shown together with the articles bundled with qari, or the bundled ones alone.
// Importing writes to a folder the user owns, never into the package (which,
// installed globally, lives inside node_modules): the same choice, with the
// user's library ($XDG_DATA_HOME/qari/articles) in place of the bundled one.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir } from './data-dir.js';

export interface LibraryChoice {
  /** From settings: --library or QARI_LIBRARY. */
  library: string | undefined;
}

/** The folders to list, the first one first (its articles win over a later one's of the same id). */
export function readingLibraryDirs(settings: LibraryChoice, cwd: string, env: NodeJS.ProcessEnv): string[] {
  const chosen = chosenLibraryDir(settings, cwd);
  if (chosen) return [chosen];
  const own = userLibraryDir(env);
  return isDirectory(own) ? [own, bundledLibraryDir()] : [bundledLibraryDir()];
}

/** Where `qari import` writes: the chosen library, or the user's own (created on first import). */
export function importLibraryDir(settings: LibraryChoice, cwd: string, env: NodeJS.ProcessEnv): string {
  return chosenLibraryDir(settings, cwd) ?? userLibraryDir(env);
}

function chosenLibraryDir(settings: LibraryChoice, cwd: string): string | undefined {
  if (settings.library) return resolve(cwd, settings.library);
  const local = join(cwd, 'articles');
  return isDirectory(local) ? local : undefined;
}

/** `$XDG_DATA_HOME/qari/articles`, by default `~/.local/share/qari/articles`. */
export function userLibraryDir(env: NodeJS.ProcessEnv): string {
  return join(dataDir(env), 'articles');
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
