// The web bundle, loaded on first use; its errors become one-line QariErrors.
import { QariError } from './errors.js';
import { importWeb } from './outside-modules.js';

export type Web = typeof import('../web/index.js');

let loaded: Promise<Web> | undefined;

export function loadWeb(): Promise<Web> {
  loaded ??= importWeb();
  return loaded;
}

/** Runs `work`; the web bundle's own errors (download, page, feed) become QariErrors. */
export async function webErrors<T>(web: Web, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof web.FetchError || error instanceof web.ImportError || error instanceof web.FeedError) throw new QariError(error.message);
    throw error;
  }
}
