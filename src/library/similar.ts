// "More like this": BM25 over the articles' term profiles. The query is the
// article's own profile; ties break by id, so the order is stable.
import type { TermProfile } from '../article/terms.js';

const K1 = 1.2;
const B = 0.75;

export interface Similar {
  id: string;
  score: number;
}

export function mostSimilar(id: string, profiles: ReadonlyMap<string, TermProfile>, count: number, exclude: ReadonlySet<string> = new Set()): Similar[] {
  const query = profiles.get(id);
  if (!query || count <= 0) return [];
  const documentFrequency = new Map<string, number>();
  let totalLength = 0;
  for (const profile of profiles.values()) {
    totalLength += profile.length;
    for (const term in profile.terms) if (term in query.terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const averageLength = totalLength / Math.max(1, profiles.size);
  const scores: Similar[] = [];
  for (const [candidate, profile] of profiles) {
    if (candidate === id || exclude.has(candidate)) continue;
    const score = bm25(query, profile, documentFrequency, profiles.size, averageLength);
    if (score > 0) scores.push({ id: candidate, score });
  }
  return scores.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, count);
}

function bm25(query: TermProfile, document: TermProfile, documentFrequency: Map<string, number>, documents: number, averageLength: number): number {
  let score = 0;
  const norm = K1 * (1 - B + (B * document.length) / Math.max(1, averageLength));
  for (const term in query.terms) {
    const frequency = document.terms[term];
    if (!frequency) continue;
    const df = documentFrequency.get(term) ?? 0;
    const idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    score += (idf * frequency * (K1 + 1)) / (frequency + norm);
  }
  return score;
}
