// Reads one article file as text, refusing what is not an article file.
import { readFile, stat } from 'node:fs/promises';
import { ArticleError } from '../article/errors.js';

export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;

export interface ArticleText {
  text: string;
  warnings: string[];
}

export async function readArticleFile(path: string): Promise<ArticleText> {
  const info = await stat(path);
  if (!info.isFile()) throw new ArticleError('not a regular file');
  if (info.size > MAX_ARTICLE_BYTES) throw new ArticleError(`file is ${Math.round(info.size / 1048576)} MB, over the 50 MB limit`);
  return decodeArticleBytes(await readFile(path));
}

export function decodeArticleBytes(bytes: Uint8Array): ArticleText {
  if (bytes.length === 0) throw new ArticleError('file is empty');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), warnings: [] };
  if (bytes.includes(0)) throw new ArticleError('binary file (it holds NUL bytes)');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), warnings: ['not valid UTF-8: bad bytes shown as �'] };
  }
}
