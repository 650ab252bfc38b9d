// Is this input a web page, and what charset does it declare? Read from the first
// bytes alone, without the HTML parser, so text imports never load it.

const HEAD_BYTES = 4096;

/** Markup at the start: a doctype, <html>, <head>, <body> or a block element, after an optional BOM and comments. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes, HEAD_BYTES).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').replace(/^\s*(?:<!--[\s\S]*?-->\s*)*/, '');
  if (/^<!doctype\s+html/i.test(head) || /^<(?:html|head|body)[\s>]/i.test(head)) return true;
  return /^<(?:meta|title|div|article|section|main|p|h1|h2|table|ul|figure)[\s>]/i.test(head) && /<\/(?:p|div|article|section|h1|h2|title|table|li)>/i.test(head);
}

/** XML that is a feed (RSS, Atom, RDF), or JSON that is a JSON Feed. */
export function looksLikeFeed(bytes: Uint8Array): boolean {
  const head = latin1(bytes, HEAD_BYTES).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart();
  if (head.startsWith('{')) return /"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(head);
  return /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/.test(head);
}

/** The charset of a Content-Type header value, or null. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const match = contentType ? /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType) : null;
  return match?.[1] ?? null;
}

/** <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> in the first bytes; for XML, the declaration's encoding. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes, HEAD_BYTES);
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(meta);
    if (direct?.[1]) return direct[1];
  }
  return null;
}

function latin1(bytes: Uint8Array, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, length)).toString('latin1');
}
