// The little of the DOM that the page reader uses, typed here: the project does not
// compile against the browser's DOM library, and linkedom's types assume it does.
import { parseHTML } from 'linkedom';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const FRAGMENT_NODE = 11;

export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  localName: string;
  id: string;
  className: string;
  children: ArrayLike<DomElement>;
  parentElement: DomElement | null;
  /** False once the element or an ancestor has been removed. */
  isConnected: boolean;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** Deeper than this, an element's contents are read as its text alone (real pages nest about 30 deep). */
export const MAX_DEPTH = 100;

/** Parses a page; nothing in it runs (linkedom has no script engine) and nothing is fetched. */
export function parseDocument(html: string): DomDocument {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  flattenDeepNesting(document.documentElement);
  return document;
}

/**
 * A page nested thousands deep (hostile, or broken markup that never closes a tag)
 * would overflow the stack of every recursive reader and make each "what does this
 * element hold" question cost the whole page. Below MAX_DEPTH only the text stays.
 */
function flattenDeepNesting(root: DomElement): void {
  const stack: [DomElement, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() ?? [root, 0];
    if (depth >= MAX_DEPTH) {
      if (element.children.length > 0) element.textContent = element.textContent ?? '';
      continue;
    }
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
}

/** A fragment (a feed item's HTML) as a document of its own. */
export function parseFragment(html: string): DomDocument {
  return parseDocument(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

export function elements(list: ArrayLike<DomElement>): DomElement[] {
  return Array.from(list);
}

/** Class names and id, lowercased and split at "-", "_" and spaces: tokens to match on. */
export function nameTokens(element: DomElement): string[] {
  return `${element.className ?? ''} ${element.id ?? ''}`.toLowerCase().split(/[\s_-]+/).filter(Boolean);
}

/** Text with whitespace folded to single spaces and trimmed. */
export function textOf(node: DomNode): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}
