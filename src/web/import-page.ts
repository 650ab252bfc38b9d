// A downloaded or saved page's bytes to an Article: the charset by the browser's
// order of trust (BOM, HTTP header, <meta>, then detection), then the page reader.
import { decodeBytes, type DecodedText } from '../article/import/decode.js';
import { importHtml, type HtmlImportResult } from '../article/import/html/index.js';
import { charsetOfContentType, declaredCharset } from '../article/import/html/sniff.js';

export interface PageInput {
  bytes: Uint8Array;
  /** Shown in messages: the file name or the address. */
  name: string;
  contentType?: string | null;
  pageUrl: string | null;
  libraryIds?: ReadonlyMap<string, string>;
  id?: string;
}

export interface PageImport extends HtmlImportResult {
  encoding: string;
}

export function importPage(input: PageInput): PageImport {
  const declared = charsetOfContentType(input.contentType) ?? declaredCharset(input.bytes);
  const decoded: DecodedText = decodeBytes(input.bytes, input.name, declared);
  const result = importHtml(decoded.text, {
    pageUrl: input.pageUrl,
    ...(input.libraryIds ? { libraryIds: input.libraryIds } : {}),
    ...(input.id ? { id: input.id } : {}),
  });
  const how = decoded.source === 'detected' ? 'detected (nothing declared it)' : decoded.source === 'declared' ? 'as declared' : decoded.source === 'bom' ? 'by its byte order mark' : 'valid UTF-8';
  return { ...result, encoding: decoded.encoding, explain: [`encoding: ${decoded.encoding}, ${how}`, ...result.explain] };
}
