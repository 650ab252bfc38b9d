// What qari needs from the web, in a bundle of its own (dist/web.cjs): the HTML
// parser, Readability and the feed parser are loaded only by `import` of a page and
// by `feed`, never by the commands that read the library.
export { importPage, type PageImport, type PageInput } from './import-page.js';
export { fetchPage, checkedUrl, FetchError, type FetchedPage, type FetchOptions } from './fetch-page.js';
export { ImportError } from '../article/import/errors.js';
export { parseFeedBytes, FeedError, type ParsedFeed, type FeedItem } from '../feeds/parse-feed.js';
export { itemPage } from '../feeds/item-page.js';
export { importHtml } from '../article/import/html/index.js';
