/**
 * The quotes a brief (and its email) shows: a quarter of 200 notes has hundreds, and a
 * report quotes a few. Each speaker once before anyone twice, in timeline order, at most
 * QUOTES_LIMIT; every quote stays on its note's page and its entity's page.
 */
import type { SourcedQuote } from './types.ts';

export const QUOTES_LIMIT = 8;

export function featuredQuotes(quotes: readonly SourcedQuote[], limit = QUOTES_LIMIT): SourcedQuote[] {
  if (quotes.length <= limit) return [...quotes];
  const speaker = (quote: SourcedQuote) => quote.by.trim().toLowerCase();
  const firsts = new Set<SourcedQuote>();
  const seen = new Set<string>();
  for (const quote of quotes) {
    if (seen.has(speaker(quote))) continue;
    seen.add(speaker(quote));
    firsts.add(quote);
  }
  const picked = new Set([...firsts].slice(0, limit));
  for (const quote of quotes) {
    if (picked.size >= limit) break;
    picked.add(quote);
  }
  // Back in timeline order.
  return quotes.filter((quote) => picked.has(quote));
}
