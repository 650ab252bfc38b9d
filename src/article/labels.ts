// Words qari adds around an article's text, in the article's language. The
// importer reads them back, so `cat --format text` | `import` loses nothing.
import type { Direction } from './model.js';

export function captionMark(dir: Direction): string {
  return dir === 'rtl' ? '[صورة]' : '[Image]';
}

export function relatedLabel(dir: Direction): string {
  return dir === 'rtl' ? 'مواضيع ذات صلة:' : 'Related:';
}

export function authorLine(author: string, dir: Direction): string {
  return dir === 'rtl' ? `بقلم: ${author}` : `By ${author}`;
}

export function sourceLine(source: string, dir: Direction): string {
  return dir === 'rtl' ? `المصدر: ${source}` : `Source: ${source}`;
}
