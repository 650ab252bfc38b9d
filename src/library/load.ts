// Loads every `*.md` of a library folder. A file that fails is listed with its
// error; it never breaks the list.
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArticle } from '../article/parse.js';
import { readArticleFile } from './read-file.js';
import type { Library, LibraryEntry } from './entry.js';

export async function loadLibrary(dir: string): Promise<Library> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md') && !name.startsWith('.'));
  const entries = await Promise.all(names.map((name) => loadEntry(join(dir, name))));
  return { dir, entries: entries.sort(compareEntries) };
}

export async function loadEntry(path: string): Promise<LibraryEntry> {
  const id = basename(path, '.md');
  try {
    const { text } = await readArticleFile(path);
    return { kind: 'article', id, path, article: parseArticle(text, id) };
  } catch (error) {
    return { kind: 'broken', id, path, error: describe(error) };
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EACCES') return 'cannot be read (permission denied)';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOENT') return 'no longer there';
  return error instanceof Error ? error.message.split('\n')[0] ?? 'unreadable' : String(error);
}

function compareEntries(a: LibraryEntry, b: LibraryEntry): number {
  if (a.kind !== b.kind) return a.kind === 'article' ? -1 : 1;
  if (a.kind === 'article' && b.kind === 'article') {
    const byDate = (b.article.date ?? '').localeCompare(a.article.date ?? '');
    if (byDate !== 0) return byDate;
    return a.article.title.localeCompare(b.article.title) || a.id.localeCompare(b.id);
  }
  return a.id.localeCompare(b.id);
}
