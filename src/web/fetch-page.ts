// One download over http(s) with Node's fetch: a time limit, at most five redirects
// (each checked for its scheme), a size cap counted as the bytes arrive, a user agent
// that names qari, and conditional requests for feeds. Every failure is a FetchError
// whose message is one line that says what happened.
export class FetchError extends Error {}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Conditional GET: the validators of the copy we have. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  /** Called as bytes arrive (for a progress line); total is null when unknown. */
  onProgress?: (received: number, total: number | null) => void;
}

export interface FetchedPage {
  /** The address after redirects. */
  url: string;
  status: number;
  /** 304: nothing changed since the validators given. */
  notModified: boolean;
  bytes: Uint8Array;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const USER_AGENT = 'qari/0.1 (terminal reader for Arabic articles; +https://www.npmjs.com/package/qari)';

export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = AbortSignal.timeout(timeoutMs);
  let url = checkedUrl(address);
  for (let redirects = 0; ; redirects++) {
    const response = await request(url, options, deadline, timeoutMs);
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw new FetchError(`${url}: redirect (${response.status}) without a Location`);
      if (redirects >= (options.maxRedirects ?? DEFAULT_MAX_REDIRECTS)) throw new FetchError(`${address}: more than ${options.maxRedirects ?? DEFAULT_MAX_REDIRECTS} redirects`);
      url = checkedUrl(new URL(location, url).href, `${url} redirects to`);
      continue;
    }
    const base = { url, status: response.status, contentType: response.headers.get('content-type'), etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
    if (response.status === 304) {
      await response.body?.cancel();
      return { ...base, notModified: true, bytes: new Uint8Array() };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchError(`${url}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const bytes = await readBody(response, url, options, timeoutMs);
    return { ...base, notModified: false, bytes };
  }
}

/** Only http and https: no file:, data:, javascript: or ftp: address is ever opened. */
export function checkedUrl(address: string, context = ''): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchError(`${context ? `${context} ` : ''}"${address}" is not a web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`${context ? `${context} ` : ''}${url.protocol.replace(/:$/, '')}: addresses are not fetched; only http and https`);
  }
  return url.href;
}

async function request(url: string, options: FetchOptions, deadline: AbortSignal, timeoutMs: number): Promise<Response> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: options.accept ?? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
    'accept-language': 'ar,en;q=0.5',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  try {
    return await fetch(url, { headers, redirect: 'manual', signal: deadline });
  } catch (error) {
    throw networkError(error, url, timeoutMs);
  }
}

async function readBody(response: Response, url: string, options: FetchOptions, timeoutMs: number): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const declared = Number(response.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (total !== null && total > maxBytes) {
    await response.body?.cancel();
    throw tooBig(url, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel();
        throw tooBig(url, maxBytes);
      }
      chunks.push(value);
      options.onProgress?.(received, total);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw networkError(error, url, timeoutMs);
  }
  return Buffer.concat(chunks);
}

function tooBig(url: string, maxBytes: number): FetchError {
  return new FetchError(`${url}: larger than ${Math.round(maxBytes / (1024 * 1024))} MB; not downloaded`);
}

/** fetch's errors say "fetch failed"; the cause says why. */
function networkError(error: unknown, url: string, timeoutMs: number): FetchError {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return new FetchError(`${url}: no answer within ${Math.round(timeoutMs / 1000)} s (timed out)`);
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  const host = hostOf(url);
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new FetchError(`${host}: no such host (DNS lookup failed)`);
    case 'ECONNREFUSED':
      return new FetchError(`${host}: connection refused`);
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return new FetchError(`${host}: the connection was closed before the page arrived`);
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return new FetchError(`${host}: the connection timed out`);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new FetchError(`${host}: the network cannot reach it`);
    default:
      if (/CERT|SSL|TLS|SELF_SIGNED/i.test(code) || /certificate|ssl|tls/i.test(String(cause?.message ?? ''))) return new FetchError(`${host}: the secure connection failed (${code || 'TLS error'})`);
      return new FetchError(`${url}: download failed${code ? ` (${code})` : cause?.message ? ` (${String(cause.message).split('\n')[0]})` : ''}`);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
