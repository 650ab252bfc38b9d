// What the importer knows about each input line.

/** One input line after cleaning (clean-lines.ts). */
export interface CleanLine {
  /** 1-based line number in the input. */
  number: number;
  /** The line as cleaned: odd spaces made plain, runs of spaces folded, ends trimmed. */
  text: string;
  /** The line held only spaces, at least one of them odd (U+00A0 and kin): a separator. */
  spaceOnly: boolean;
  /** The line ended in an odd space (U+00A0…) before trimming, as scraped `<h2>`s often do. */
  trailingOddSpace: boolean;
  /** The line started with a space before trimming, as scraped `<figcaption>`s often do. */
  leadingSpace: boolean;
}

export type Role =
  | 'title'
  | 'title-repeat'
  | 'date'
  | 'author'
  | 'paragraph'
  | 'heading'
  | 'quote'
  | 'attribution'
  | 'quote-separator'
  | 'caption'
  | 'list-item'
  | 'code'
  | 'related-marker'
  | 'related-item'
  | 'source'
  | 'boilerplate'
  | 'blank';

/** A line with the role it was given, why, and what the article takes from it. */
export interface ClassifiedLine extends CleanLine {
  role: Role;
  reason: string;
  /**
   * What the article takes from the line: the heading, paragraph or caption text,
   * a quote's text, an attribution, a list item, a related title, the ISO date,
   * the author or source name. Empty for dropped lines.
   */
  value: string;
  /** Lines of one chunk (a run of lines with no blank line between) share this number. */
  chunk: number;
  /** For a quote written "Name: text" on one line: the name. */
  attribution?: string;
  /** For a list item: numbered (1. 2. …) or bulleted. */
  ordered?: boolean;
}

/** Roles whose lines are dropped from the article (not body text). */
export const DROPPED_ROLES: ReadonlySet<Role> = new Set(['title-repeat', 'boilerplate', 'blank', 'quote-separator', 'related-marker']);
