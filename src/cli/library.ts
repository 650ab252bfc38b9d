// Shared by commands: the library the settings point at, and ARTICLE lookup with CLI errors.
import type { Article } from '../article/model.js';
import { readingLibraryDirs } from '../library/locate.js';
import { indexFolder, loadFolder, loadIfUnchanged, readArticle, sortEntries, warningsOf, type IndexedFolder } from '../library/load.js';
import { SCAN_WORKER, scanFolder, type ScannedFolder } from '../library/scan-folder.js';
import { findArticle } from '../library/find.js';
import { WORK_WORKER } from '../library/shared-work.js';
import type { ArticleEntry, Library, LibraryEntry } from '../library/entry.js';
import { errorCode, reasonOf } from '../library/system-errors.js';
import { plainLine } from '../output/plain.js';
import { QariError } from './errors.js';
import type { GlobalSettings } from './options.js';
import type { CommandIO } from './io.js';

/** The library to read: one folder, or the user's own with the bundled articles after it. */
export async function openLibrary(settings: GlobalSettings, io: CommandIO): Promise<Library> {
  const libraries: Library[] = [];
  for (const dir of readingLibraryDirs(settings, io.cwd, io.env)) libraries.push(await folderLibrary(dir, io));
  return merged(libraries);
}

/** The folders' entries in one library, the first folder's winning on a shared id. */
export function libraryOf(folders: IndexedFolder[]): Library {
  return merged(folders.map(loadFolder));
}

function merged(libraries: Library[]): Library {
  const [first, ...more] = libraries;
  return more.reduce(mergeLibraries, first as Library);
}

/** One folder's library: a large one unchanged since it was indexed in one pass (load.ts), any other scanned and brought up to date. */
async function folderLibrary(dir: string, io: CommandIO): Promise<Library> {
  const unchanged = await loadIfUnchanged(dir, { env: io.env, workWorker: WORK_WORKER });
  reportIndexWarnings(unchanged.warnings, io);
  return unchanged.library ?? loadFolder(openIndexedFolder(scanLibraryFolder(dir, io), io));
}

/**
 * `extra`'s entries with `library`'s, except those whose id `library` already has.
 * The index stays the first library's: similar articles come from the user's own.
 */
function mergeLibraries(library: Library, extra: Library): Library {
  const ids = new Set(library.entries.map((entry) => entry.id));
  return { ...library, entries: sortEntries([...library.entries, ...extra.entries.filter((entry) => !ids.has(entry.id))]) };
}

/**
 * The library's folders (the user's own first) with their indexes open and
 * their files stamped, before any summary is read: a command that finds an
 * index up to date may need none.
 */
export async function openIndexedFolders(settings: GlobalSettings, io: CommandIO): Promise<IndexedFolder[]> {
  return scanFolders(settings, io).map((folder) => openIndexedFolder(folder, io));
}

/** The library's folders with their files stamped; a folder with no articles is said on stderr. */
export function scanFolders(settings: GlobalSettings, io: CommandIO): ScannedFolder[] {
  return readingLibraryDirs(settings, io.cwd, io.env).map((dir) => scanLibraryFolder(dir, io));
}

/** The folder's index opened; its warnings said on stderr. */
export function openIndexedFolder(folder: ScannedFolder, io: CommandIO): IndexedFolder {
  const indexed = indexFolder(folder, { env: io.env, workWorker: WORK_WORKER });
  reportIndexWarnings(indexed.warnings, io);
  return indexed;
}

function reportIndexWarnings(warnings: readonly string[], io: CommandIO): void {
  for (const warning of warnings) io.stderr.write(`qari: warning: ${plainLine(warning)}\n`);
}

function scanLibraryFolder(dir: string, io: CommandIO): ScannedFolder {
  try {
    const folder = scanFolder(dir, { helper: SCAN_WORKER });
    if (folder.files.length === 0) io.stderr.write(`qari: no articles (.md files) in ${plainLine(dir)} or its sub-folders\n`);
    return folder;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new QariError({ key: 'error.library-missing', params: { dir } });
    if (code === 'ENOTDIR') throw new QariError({ key: 'error.library-not-folder', params: { dir } });
    if (code !== undefined) throw new QariError({ key: 'error.library-unreadable', params: { dir, reason: reasonOf(error) } });
    throw error;
  }
}

/** ARTICLE, read whole; its warnings (if `io` is given) go to stderr. */
export async function requireArticle(library: Library, query: string, cwd: string, io?: CommandIO): Promise<Article> {
  const entry = await requireEntry(library, query, cwd);
  if (io) reportWarnings(entry, io);
  try {
    return await readArticle(entry);
  } catch (error) {
    throw new QariError({ key: 'error.path-reason', params: { path: plainLine(entry.path), reason: plainLine(error instanceof Error ? error.message : String(error)) } });
  }
}

/** ARTICLE's library entry (or, for a path outside the library, an entry of its own). */
export async function requireEntry(library: Library, query: string, cwd: string): Promise<ArticleEntry> {
  const result = await findArticle(library, query, cwd);
  if ('found' in result) {
    if (result.found.kind === 'broken') throw new QariError({ key: 'error.path-reason', params: { path: plainLine(result.found.path), reason: plainLine(result.found.error) } });
    return result.found;
  }
  if (result.problem === 'ambiguous') {
    const ids = result.candidates.slice(0, 5).map((entry) => entry.id).join(', ');
    throw new QariError({ key: 'error.ambiguous', params: { query, n: result.candidates.length, ids } });
  }
  throw new QariError({ key: 'error.no-article', params: { query, dir: library.dir } });
}

/**
 * Broken files are reported on stderr, one line each, and never stop a command;
 * files read with a problem (invalid UTF-8) are listed, and warned about once.
 * Paths and reasons are made plain: a file name is no way to reach the terminal.
 */
export function reportBroken(library: Library, io: CommandIO): void {
  io.stderr.write(brokenReport(library));
}

/** What reportBroken writes. */
export function brokenReport(library: Library): string {
  return library.entries
    .map((entry) => (entry.kind === 'broken' ? `qari: skipped ${plainLine(entry.path)}: ${plainLine(entry.error)}\n` : warningLines(entry)))
    .join('');
}

/** An entry's warnings on stderr, one line each. */
export function reportWarnings(entry: LibraryEntry, io: CommandIO): void {
  io.stderr.write(warningLines(entry));
}

function warningLines(entry: LibraryEntry): string {
  return warningsOf(entry)
    .map((warning) => `qari: warning: ${plainLine(entry.path)}: ${plainLine(warning)}\n`)
    .join('');
}
