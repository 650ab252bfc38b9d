// `qari import FILE|URL|- [--id ID] [--force] [--stdout] [--explain] [--keep-all]`:
// raw scraped article text, a saved web page or a page at an http(s) address to
// `<library>/<id>.md`, written atomically and never over an existing file without
// --force. The recognising is pure (src/article/import/); this file reads the input,
// writes the article and turns failures into one line on stderr. Web pages go
// through the web bundle, loaded only for them.
import { link, rename, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ArticleError } from '../../article/errors.js';
import { decodeInput, explainLines, ImportError, importText } from '../../article/import/index.js';
import { looksLikeFeed, looksLikeHtml } from '../../article/import/html/sniff.js';
import { markUnread, unreadFile } from '../../library/unread.js';
import { libraryUrls } from '../../library/urls.js';
import { loadWeb, webErrors } from '../web.js';
import { downloadWithProgress } from '../download.js';
import type { Article } from '../../article/model.js';
import { parseArticle } from '../../article/parse.js';
import { serializeArticle } from '../../article/serialize.js';
import { importLibraryDir, userLibraryDir } from '../../library/locate.js';
import { makeDirectory } from '../../library/make-directory.js';
import { writeFileAtomic } from '../../library/atomic-write.js';
import { readFileBounded, readStreamBounded, TooLargeError } from '../../library/read-bounded.js';
import { errorCode, isSystemError, reasonOf } from '../../library/system-errors.js';
import { QariError, UsageError } from '../errors.js';
import { writeOut, type Command, type CommandIO } from '../io.js';
import { globalSettings, integerOption, parseCommandArgs } from '../options.js';

/** Larger inputs are refused: no article is 50 MB of text. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export const importCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {
    id: { type: 'string' },
    force: { type: 'boolean' },
    stdout: { type: 'boolean' },
    explain: { type: 'boolean' },
    'keep-all': { type: 'boolean' },
    timeout: { type: 'string' },
  });
  const file = positionals[0];
  if (file === undefined) throw new UsageError({ key: 'error.import-needs' });
  if (positionals.length > 1) throw new UsageError({ key: 'error.import-one', params: { count: positionals.length } });
  const id = values.id === undefined ? undefined : checkId(String(values.id));
  const settings = globalSettings(values, io.env);

  const force = values.force === true;
  if (isWebAddress(file)) {
    const web = await loadWeb();
    const seconds = integerOption('timeout', values.timeout, 1);
    const page = await webErrors(web, () => downloadWithProgress(web, file, io, seconds === undefined ? {} : { timeoutMs: seconds * 1000 }));
    if (looksLikeFeed(page.bytes)) throw new QariError({ key: 'error.feed-not-page', params: { url: page.url, address: page.url } });
    if (!isHtmlType(page.contentType) && !looksLikeHtml(page.bytes)) throw new QariError({ key: 'error.not-web-page', params: { url: page.url, type: page.contentType ?? 'no content type' } });
    return importWebPage({ bytes: page.bytes, name: page.url, contentType: page.contentType, pageUrl: page.url }, values, id, settings, io);
  }
  const name = file === '-' ? 'standard input' : file;
  const bytes = file === '-' ? await readStdin(io) : await readInputFile(resolve(io.cwd, file), file);
  if (looksLikeHtml(bytes) || /\.x?html?$/i.test(file)) {
    return importWebPage({ bytes, name, contentType: null, pageUrl: null }, values, id, settings, io);
  }
  const keepAll = values['keep-all'] === true;
  const { article, lines, extent } = recognise(() => importText(decodeInput(bytes, name), { ...(id === undefined ? {} : { id }), keepAll }));
  const markdown = await printWhatWasAsked(io, values, article, () => explainLines(lines, { extent, title: article.title, keepAll }));
  if (markdown === undefined) return 0;
  const path = await writeIntoLibrary(importLibraryDir(settings, io.cwd, io.env), article.id, markdown, force, io);
  await markNew(io, path);
  await writeOut(io, `${path}\n`);
  return 0;
};

interface ImportValues {
  force?: boolean | string | undefined;
  stdout?: boolean | string | undefined;
  explain?: boolean | string | undefined;
}

interface PageSource {
  bytes: Uint8Array;
  name: string;
  contentType: string | null;
  pageUrl: string | null;
}

/** A page to the library: links to pages the library has become ids; the same address twice needs --force. */
async function importWebPage(source: PageSource, values: ImportValues, id: string | undefined, settings: ReturnType<typeof globalSettings>, io: CommandIO): Promise<number> {
  const web = await loadWeb();
  const dir = importLibraryDir(settings, io.cwd, io.env);
  const known = await libraryUrls(dir, io.env);
  const { article, explain } = await webErrors(web, () => web.importPage({ ...source, libraryIds: known.ids, ...(id ? { id } : {}) }));
  const existing = article.url ? known.byUrl.get(article.url) : undefined;
  const markdown = await printWhatWasAsked(io, values, article, () => `${explain.join('\n')}\n`);
  if (markdown === undefined) return 0;
  if (existing && values.force !== true) {
    throw new QariError({ key: 'error.already-imported', params: { url: article.url ?? '', id: existing.id, path: existing.path } });
  }
  // Imported again with --force: the article keeps its id, so it replaces itself.
  const target = existing && id === undefined ? { ...article, id: existing.id } : article;
  const path = await writeIntoLibrary(dir, target.id, target === article ? markdown : serializeArticle(target), values.force === true, io);
  await markNew(io, path);
  await writeOut(io, `${path}\n`);
  return 0;
}

/**
 * --explain and --stdout print what they ask for. The article's Markdown comes
 * back when it is still to be written into the library; undefined when done.
 */
async function printWhatWasAsked(io: CommandIO, values: ImportValues, article: Article, explanation: () => string): Promise<string | undefined> {
  if (values.explain) {
    await writeOut(io, explanation());
    if (!values.stdout) return undefined;
  }
  const markdown = serializeArticle(article);
  checkReadable(markdown, article.id);
  if (values.stdout) {
    await writeOut(io, markdown);
    return undefined;
  }
  return markdown;
}

/** writeArticle, saying so on stderr when it makes the user's own library (where nobody asked for one). */
async function writeIntoLibrary(dir: string, id: string, text: string, force: boolean, io: CommandIO): Promise<string> {
  const created = dir === userLibraryDir(io.env) && !(await exists(dir));
  const path = await writeArticle(dir, id, text, force);
  if (created) io.stderr.write(`qari: created the library folder ${dir}; qari lists it from now on\n`);
  return path;
}

/** A new article is unread until the reader opens it; a failure to note that does not undo the import. */
async function markNew(io: CommandIO, path: string): Promise<void> {
  try {
    await markUnread(unreadFile(io.env), [path]);
  } catch (error) {
    io.stderr.write(`qari: warning: ${error instanceof Error ? error.message : String(error)}; the article is not marked unread\n`);
  }
}

function isWebAddress(argument: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(argument) || /^(?:javascript|data|mailto):/i.test(argument);
}

function isHtmlType(contentType: string | null): boolean {
  return contentType !== null && /^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType);
}

function checkId(id: string): string {
  if (/\.md$/i.test(id)) throw new UsageError({ key: 'error.id-md', params: { id: id.slice(0, -3) } });
  if (!ID.test(id)) throw new UsageError({ key: 'error.id-chars', params: { id } });
  return id;
}

function recognise<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ImportError) throw new QariError(error.message);
    throw error;
  }
}

/** What import writes must read back as an article (the parser is the judge). */
function checkReadable(markdown: string, id: string): void {
  try {
    parseArticle(markdown, id);
  } catch (error) {
    if (error instanceof ArticleError) throw new QariError({ key: 'error.read-back', params: { reason: error.message } });
    throw error;
  }
}

/** Counted as read: a device or a pipe (`<(yes)`) reports a size of 0 and may never end. */
async function readInputFile(path: string, shown: string): Promise<Uint8Array> {
  try {
    return await readFileBounded(path, MAX_INPUT_BYTES);
  } catch (error) {
    if (error instanceof TooLargeError) throw new QariError({ key: 'error.too-large', params: { path: shown } });
    throw fileError(error, shown);
  }
}

async function readStdin(io: CommandIO): Promise<Uint8Array> {
  try {
    return await readStreamBounded(io.stdin as AsyncIterable<Buffer | string>, MAX_INPUT_BYTES);
  } catch (error) {
    if (error instanceof TooLargeError) throw new QariError({ key: 'error.stdin-too-large' });
    throw error;
  }
}

/**
 * Writes `<dir>/<id>.md` atomically (atomic-write.ts): linked into place, which fails
 * if the file exists, so a file that appears meanwhile is not lost; with --force,
 * renamed over it.
 */
export async function writeArticle(dir: string, id: string, text: string, force: boolean): Promise<string> {
  const target = join(dir, `${id}.md`);
  try {
    // Not mkdir({ recursive: true }): on a read-only disk it says ENOENT (so "no such
    // folder" instead of "read-only"), and under /proc it never returns.
    makeDirectory(dir);
  } catch (error) {
    throw fileError(error, dir);
  }
  if (!force && (await exists(target))) throw refusal(target);
  try {
    await writeFileAtomic(target, text, force ? undefined : linkIntoPlace);
  } catch (error) {
    throw fileError(error, target);
  }
  return target;
}

async function linkIntoPlace(temporary: string, target: string): Promise<void> {
  try {
    await link(temporary, target);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') throw refusal(target);
    // Filesystems without hard links: check, then rename (a small window, but no half-written file).
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS' || code === 'EXDEV') {
      if (await exists(target)) throw refusal(target);
      await rename(temporary, target);
      return;
    }
    throw error;
  }
}

function refusal(target: string): QariError {
  return new QariError({ key: 'error.exists', params: { path: target } });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** A failed read or write of FILE or the library: one line that names it and says why. */
function fileError(error: unknown, shown: string): Error {
  if (error instanceof QariError) return error;
  if (errorCode(error) === 'EISDIR') return new QariError({ key: 'error.is-folder', params: { path: shown } });
  if (isSystemError(error)) return new QariError({ key: 'error.path-reason', params: { path: shown, reason: reasonOf(error) } });
  return error instanceof Error ? error : new Error(String(error));
}
