// `qari feed add URL`, `qari feed list [--json]`, `qari feed update [FEED]`: feeds
// (RSS, Atom, RDF, JSON Feed) whose new items come into the library, marked unread.
// An item with its full content in the feed is read from there, else from its page.
// Downloads go four at a time at most; feeds are fetched with their ETag and
// Last-Modified, so an unchanged feed costs a 304; one feed failing stops no other.
import { serializeArticle } from '../../article/serialize.js';
import type { Article } from '../../article/model.js';
import { feedsFile, findFeed, readFeeds, writeFeeds, type FeedRecord } from '../../feeds/feed-state.js';
import { Limiter } from '../../feeds/limit.js';
import type { FeedItem, ParsedFeed } from '../../feeds/parse-feed.js';
import { importLibraryDir } from '../../library/locate.js';
import { StateFileError } from '../../library/state-file.js';
import { markUnread, unreadFile } from '../../library/unread.js';
import { libraryUrls, type LibraryUrls } from '../../library/urls.js';
import { plainLine } from '../../output/plain.js';
import { QariError, UsageError } from '../errors.js';
import { writeOut, type Command, type CommandIO } from '../io.js';
import type { Ui } from '../../i18n/index.js';
import { globalSettings, integerOption, parseCommandArgs } from '../options.js';
import { loadWeb, webErrors, type Web } from '../web.js';
import { writeArticle } from './import.js';

/** Downloads at once, over all feeds and their pages. */
const PARALLEL = 4;
/** Items taken from one feed in one update, newest first. */
const DEFAULT_MAX_ITEMS = 50;
/** Less text than this in an item's content, and it is a summary: the page is fetched. */
const FULL_CONTENT_CHARS = 300;
const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export const feed: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, 'max-items': { type: 'string' }, timeout: { type: 'string' } });
  const [action, ...rest] = positionals;
  const settings = globalSettings(values, io.env);
  switch (action) {
    case 'add':
      if (rest.length !== 1) throw new UsageError({ key: 'error.feed-add-one' });
      return addFeed(rest[0] ?? '', io, settings.ui);
    case 'list':
      if (rest.length > 0) throw new UsageError({ key: 'error.feed-list-none' });
      return listFeeds(io, values.json === true);
    case 'update': {
      if (rest.length > 1) throw new UsageError({ key: 'error.feed-update-one' });
      const maxItems = integerOption('max-items', values['max-items'], 1) ?? DEFAULT_MAX_ITEMS;
      const seconds = integerOption('timeout', values.timeout, 1);
      return updateFeeds(rest[0], importLibraryDir(settings, io.cwd, io.env), { maxItems, timeoutMs: seconds === undefined ? undefined : seconds * 1000 }, io, settings.ui);
    }
    case undefined:
      throw new UsageError({ key: 'error.feed-needs' });
    default:
      throw new UsageError({ key: 'error.feed-unknown', params: { action } });
  }
};

async function state<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StateFileError) throw new QariError(error.message);
    throw error;
  }
}

async function addFeed(url: string, io: CommandIO, ui: Ui): Promise<number> {
  const web = await loadWeb();
  const file = feedsFile(io.env);
  const feeds = await state(() => readFeeds(file));
  const checked = await webErrors(web, () => web.checkedUrl(url));
  const known = feeds.find((entry) => entry.url === checked);
  if (known) throw new QariError({ key: 'error.feed-known', params: { url: checked, title: plainLine(known.title) } });
  const page = await webErrors(web, () => web.fetchPage(checked, { accept: FEED_ACCEPT }));
  const parsed = await webErrors(web, () => web.parseFeedBytes(page.bytes, page.url, page.contentType));
  // No validators yet: the first update takes the items that are in the feed now.
  feeds.push({ url: checked, title: parsed.title, added: new Date().toISOString(), etag: null, lastModified: null, seen: [], lastUpdate: null, lastError: null });
  await state(() => writeFeeds(file, feeds));
  await writeOut(io, `${ui.t('feed.added', { title: plainLine(parsed.title), url: checked, n: parsed.items.length })}\n`);
  return 0;
}

async function listFeeds(io: CommandIO, json: boolean): Promise<number> {
  const feeds = await state(() => readFeeds(feedsFile(io.env)));
  if (json) {
    await writeOut(io, `${JSON.stringify(feeds.map(({ url, title, added, lastUpdate, lastError, seen }) => ({ url, title, added, lastUpdate, lastError, items: seen.length })), null, 2)}\n`);
    return 0;
  }
  const lines = feeds.map((entry, index) => `${index + 1}\t${plainLine(entry.title)}\t${entry.url}\t${entry.seen.length} imported${entry.lastError ? `\tlast update failed: ${plainLine(entry.lastError)}` : ''}`);
  await writeOut(io, lines.length > 0 ? `${lines.join('\n')}\n` : '');
  if (feeds.length === 0) io.stderr.write('qari: no feeds yet; add one with qari feed add URL\n');
  return 0;
}

interface UpdateContext {
  web: Web;
  io: CommandIO;
  ui: Ui;
  dir: string;
  limiter: Limiter;
  known: LibraryUrls;
  maxItems: number;
  timeoutMs: number | undefined;
  written: string[];
}

async function updateFeeds(query: string | undefined, dir: string, limits: { maxItems: number; timeoutMs: number | undefined }, io: CommandIO, ui: Ui): Promise<number> {
  const file = feedsFile(io.env);
  const feeds = await state(() => readFeeds(file));
  const chosen = query === undefined ? feeds : [findFeed(feeds, query)].filter((entry): entry is FeedRecord => entry !== undefined);
  if (query !== undefined && chosen.length === 0) throw new QariError({ key: 'error.no-feed', params: { query } });
  if (chosen.length === 0) throw new QariError({ key: 'error.no-feeds' });
  const web = await loadWeb();
  const context: UpdateContext = { web, io, ui, dir, limiter: new Limiter(PARALLEL), known: await libraryUrls(dir, io.env), ...limits, written: [] };
  const results = await Promise.all(chosen.map((entry) => updateFeed(entry, context)));
  await state(() => writeFeeds(file, feeds));
  try {
    await markUnread(unreadFile(io.env), context.written);
  } catch (error) {
    io.stderr.write(`qari: warning: ${error instanceof Error ? error.message : String(error)}; new articles are not marked unread\n`);
  }
  return results.every(Boolean) ? 0 : 1;
}

/** True when the feed was read (even if some items failed: they are tried again next time). */
async function updateFeed(record: FeedRecord, context: UpdateContext): Promise<boolean> {
  const { web, io, ui } = context;
  const name = plainLine(record.title);
  try {
    const page = await context.limiter.run(() => web.fetchPage(record.url, { accept: FEED_ACCEPT, etag: record.etag, lastModified: record.lastModified, ...timeout(context) }));
    record.lastUpdate = new Date().toISOString();
    if (page.notModified) {
      record.lastError = null;
      await writeOut(io, `${ui.t('feed.update', { name, result: ui.t('feed.not-modified') })}\n`);
      return true;
    }
    const parsed = web.parseFeedBytes(page.bytes, page.url, page.contentType);
    const seen = new Set(record.seen);
    const fresh = parsed.items.filter((item) => !seen.has(item.key)).slice(0, context.maxItems);
    const outcomes = await Promise.all(fresh.map((item) => importItem(item, parsed, context)));
    let added = 0;
    let failed = 0;
    fresh.forEach((item, index) => {
      const outcome = outcomes[index];
      if (outcome === 'failed') failed++;
      else seen.add(item.key);
      if (outcome === 'added') added++;
    });
    record.seen = [...seen];
    record.title = parsed.title;
    // Validators are kept only when every item came in, so a failed one is fetched again.
    record.etag = failed === 0 ? page.etag : null;
    record.lastModified = failed === 0 ? page.lastModified : null;
    record.lastError = failed > 0 ? `${failed} item${failed === 1 ? '' : 's'} could not be imported` : null;
    const news = added === 0 ? ui.t('feed.nothing-new') : ui.t('feed.new', { n: added });
    await writeOut(io, `${ui.t('feed.update', { name, result: failed > 0 ? ui.t('feed.with-failed', { added: news, n: failed }) : news })}\n`);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    record.lastError = message;
    io.stderr.write(`qari: feed ${name}: ${plainLine(message)}\n`);
    return false;
  }
}

type ItemOutcome = 'added' | 'known' | 'failed';

async function importItem(item: FeedItem, parsed: ParsedFeed, context: UpdateContext): Promise<ItemOutcome> {
  const { io } = context;
  if (item.link && context.known.byUrl.has(item.link)) return 'known';
  try {
    const article = await itemArticle(item, parsed, context);
    if (article.url && context.known.byUrl.has(article.url)) return 'known';
    const path = await writeNew(context.dir, article);
    context.known.byUrl.set(article.url ?? path, { id: article.id, path });
    context.written.push(path);
    return 'added';
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    io.stderr.write(`qari: feed ${plainLine(parsed.title)}: ${plainLine(item.link ?? item.title)}: ${plainLine(message)}\n`);
    return 'failed';
  }
}

async function itemArticle(item: FeedItem, parsed: ParsedFeed, context: UpdateContext): Promise<Article> {
  const { web } = context;
  const full = item.full && textLength(item.html) >= FULL_CONTENT_CHARS;
  if (full || !item.link) {
    const html = web.itemPage(item, parsed);
    return webErrors(web, () => web.importPage({ bytes: Buffer.from(html, 'utf8'), name: item.link ?? item.title, contentType: 'text/html; charset=utf-8', pageUrl: item.link, libraryIds: context.known.ids })).then((result) => result.article);
  }
  const link = item.link;
  const page = await context.limiter.run(() => web.fetchPage(link, timeout(context)));
  return web.importPage({ bytes: page.bytes, name: page.url, contentType: page.contentType, pageUrl: page.url, libraryIds: context.known.ids }).article;
}

function timeout(context: UpdateContext): { timeoutMs?: number } {
  return context.timeoutMs === undefined ? {} : { timeoutMs: context.timeoutMs };
}

function textLength(html: string | null): number {
  return (html ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().length;
}

/** The article under its own id, or with -2, -3… when another article has that id. */
async function writeNew(dir: string, article: Article): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const id = attempt === 1 ? article.id : `${article.id}-${attempt}`;
    try {
      return await writeArticle(dir, id, serializeArticle({ ...article, id }), false);
    } catch (error) {
      if (attempt < 20 && error instanceof QariError && /already exists/.test(error.message)) continue;
      throw error;
    }
  }
}
