// Schema.org JSON-LD in a page: the article node (NewsArticle, BlogPosting…) with its
// author and publisher, which may be inline or references (@id) to other nodes of
// the graph, as Yoast and most CMSs write them.
import { elements, type DomDocument } from './dom.js';

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
  /** The WebSite node's name, when the graph has one. */
  siteName: string | null;
}

type Node = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ScholarlyArticle|TechArticle|LiveBlogPosting|WebPage)$/;

export function readJsonLd(document: DomDocument): JsonLdArticle | null {
  const nodes = elements(document.querySelectorAll('script[type="application/ld+json"]')).flatMap((script) => nodesOf(parse(script.textContent ?? '')));
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const resolve = (value: unknown): unknown => (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1 ? (byId.get(value['@id']) ?? value) : value);
  // A real article type beats WebPage, which every page of a site has.
  const article = nodes.find((node) => hasType(node, ARTICLE_TYPES) && !hasType(node, /^WebPage$/)) ?? nodes.find((node) => hasType(node, ARTICLE_TYPES));
  const site = nodes.find((node) => hasType(node, /^WebSite$/));
  if (!article && !site) return null;
  return {
    headline: text(article?.headline) ?? text(article?.name),
    datePublished: text(article?.datePublished) ?? text(article?.dateCreated),
    authors: names(article?.author, resolve),
    publisher: names(article?.publisher, resolve)[0] ?? null,
    url: text(article?.url) ?? text(resolve(article?.mainEntityOfPage) && (resolve(article?.mainEntityOfPage) as Node)['@id']),
    siteName: text(site?.name),
  };
}

function parse(source: string): unknown {
  try {
    // Some CMSs leave raw line breaks inside strings, which JSON does not allow.
    return JSON.parse(source.replace(/[\n\r\t]+/g, ' '));
  } catch {
    return null;
  }
}

/** A script holds one node, an array of them, or a @graph. */
function nodesOf(data: unknown): Node[] {
  if (Array.isArray(data)) return data.flatMap(nodesOf);
  if (!isNode(data)) return [];
  const graph = data['@graph'];
  return Array.isArray(graph) ? [data, ...graph.flatMap(nodesOf)] : [data];
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(node: Node, pattern: RegExp): boolean {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).some((entry) => typeof entry === 'string' && pattern.test(entry));
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

function names(value: unknown, resolve: (value: unknown) => unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map(resolve)
    .map((entry) => (typeof entry === 'string' ? text(entry) : isNode(entry) ? text(entry.name) : null))
    .filter((name): name is string => name !== null && !/^https?:/i.test(name));
}
