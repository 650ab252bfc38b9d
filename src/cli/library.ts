// Shared by commands: the library the settings point at, and ARTICLE lookup with CLI errors.
import type { Article } from '../article/model.js';
import { resolveLibraryDir } from '../library/locate.js';
import { loadLibrary, readArticle } from '../library/load.js';
import { findArticle } from '../library/find.js';
import type { ArticleEntry, Library } from '../library/entry.js';
import { QariError } from './errors.js';
import type { GlobalSettings } from './options.js';
import type { CommandIO } from './io.js';

export async function openLibrary(settings: GlobalSettings, io: CommandIO): Promise<Library> {
  const dir = resolveLibraryDir(settings, io.cwd);
  try {
    return await loadLibrary(dir, { env: io.env });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ENOENT') throw new QariError(`library folder ${dir} does not exist`);
    if (code === 'ENOTDIR') throw new QariError(`library ${dir} is not a folder`);
    if (code === 'EACCES') throw new QariError(`library folder ${dir} cannot be read (permission denied)`);
    throw error;
  }
}

export async function requireArticle(library: Library, query: string, cwd: string): Promise<Article> {
  const entry = await requireEntry(library, query, cwd);
  try {
    return await readArticle(entry);
  } catch (error) {
    throw new QariError(`${entry.path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** ARTICLE's library entry (or, for a path outside the library, an entry of its own). */
export async function requireEntry(library: Library, query: string, cwd: string): Promise<ArticleEntry> {
  const result = await findArticle(library, query, cwd);
  if ('found' in result) {
    if (result.found.kind === 'broken') throw new QariError(`${result.found.path}: ${result.found.error}`);
    return result.found;
  }
  if (result.problem === 'ambiguous') {
    const ids = result.candidates.slice(0, 5).map((entry) => entry.id).join(', ');
    throw new QariError(`"${query}" matches ${result.candidates.length} articles (${ids}); give an id`);
  }
  throw new QariError(`no article "${query}" in ${library.dir} (try qari list)`);
}

/** Broken files are reported on stderr, one line each, and never stop a command. */
export function reportBroken(library: Library, io: CommandIO): void {
  for (const entry of library.entries) {
    if (entry.kind === 'broken') io.stderr.write(`qari: skipped ${entry.path}: ${entry.error}\n`);
  }
}
