// The article as qari understands it. Everything downstream
// (layout, search, pipe writers) reads this shape; `cat --format json` writes it.

export type Direction = 'rtl' | 'ltr';

/** An inline style over a block's plain text, by UTF-16 indices [start, end). */
export interface InlineRun {
  start: number;
  end: number;
  style: 'bold' | 'italic' | 'code' | 'link';
  /** For links: the target as written (an article id, a path or a URL). */
  href?: string;
}

export type Block =
  | { type: 'paragraph'; text: string; runs?: InlineRun[] }
  | { type: 'quote'; text: string; attribution: string | null; runs?: InlineRun[] }
  | { type: 'caption'; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'code'; lang: string; text: string }
  /** A table: the header row's cells, then the body rows' (plain text; inline styles dropped). */
  | { type: 'table'; head: string[]; rows: string[][] };

export interface Section {
  heading: string;
  blocks: Block[];
}

export interface Article {
  /** The file name without `.md`; ASCII for imported articles. */
  id: string;
  title: string;
  /** ISO date YYYY-MM-DD, or null when the article has none. */
  date: string | null;
  /** BCP 47 language tag, e.g. `ar` or `en`. */
  lang: string;
  dir: Direction;
  source: string | null;
  author: string | null;
  /** The page the article was imported from (its canonical address), when known. */
  url?: string;
  /** Blocks before the first `##` heading. */
  lead: Block[];
  sections: Section[];
  /** The `related` entries as written: article ids or titles. */
  related: string[];
}
