// The article files of a library folder: `*.md`, in the folder and its
// sub-folders (at most MAX_DEPTH down), hidden files and folders left out.
// A folder reached twice (a symbolic link loop, or two links to one folder)
// is read once.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TERMINAL_CONTROL_CHARS } from '../../text/bidi-controls.js';

export const MAX_DEPTH = 8;

/** A library file's article id: its path from the library folder without `.md`. */
export function idOfName(name: string): string {
  return name.slice(0, -'.md'.length);
}

// Controls and bidi controls in a file name would reach the terminal with the id.
const UNSAFE_NAME = new RegExp(`[${TERMINAL_CONTROL_CHARS}]`);

/** A file listed as broken, whatever it holds: its name would reach the terminal raw. */
export function hasUnsafeName(name: string): boolean {
  return UNSAFE_NAME.test(name);
}

export interface ScannedFile {
  /** Path from the library folder, `/`-separated: `a.md`, `2024/b.md`. */
  name: string;
  path: string;
}

/** `onHidden` is given each folder's hidden names (temp files among them). */
export function scanLibrary(dir: string, onHidden?: (folder: string, names: string[]) => void): ScannedFile[] {
  const files: ScannedFile[] = [];
  const seen = new Set<string>();
  const visit = (folder: string, prefix: string, depth: number) => {
    const key = folderKey(folder);
    if (key === undefined || seen.has(key)) return;
    seen.add(key);
    // The top folder's errors (missing, not a folder) are the caller's to report; below it, a folder that cannot be read is skipped.
    // Names only: a type for each of 100,000 entries costs more than the few stats
    // of names that are not articles (a folder, or a link to one, is looked at).
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch (error) {
      if (depth === 0) throw error;
      return;
    }
    const folders: string[] = [];
    const hidden: string[] = [];
    // The folder's prefix joined once: path.join for each of 100,000 names costs more than their stats.
    const base = join(folder, '_').slice(0, -1);
    for (const name of names) {
      if (name.startsWith('.')) {
        hidden.push(name);
        continue;
      }
      if (name.endsWith('.md')) files.push({ name: prefix + name, path: base + name });
      else if (depth < MAX_DEPTH && isFolder(base + name)) folders.push(name);
    }
    if (hidden.length > 0) onHidden?.(folder, hidden);
    for (const name of folders) visit(join(folder, name), `${prefix}${name}/`, depth + 1);
  };
  visit(dir, '', 0);
  return files;
}

function folderKey(folder: string): string | undefined {
  try {
    const info = statSync(folder);
    return `${info.dev}:${info.ino}`;
  } catch {
    // The top folder's own error (missing, permission) is raised by readdir next.
    return `missing:${folder}`;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
