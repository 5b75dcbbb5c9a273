/**
 * Research links are DOIs or web addresses. Reference formats have a DOI
 * field apart from the URL, so a link is recognised as a DOI in any of the
 * usual spellings (`10.1234/x`, `doi:10.1234/x`, `https://doi.org/10.1234/x`).
 */

import { doiOf, isResearchLink } from '../../../../shared/domain/links';

export { doiOf };

/** The form links are stored in after an import: one resolvable address per DOI. */
export const doiLink = (doi: string) => `https://doi.org/${doi}`;

/** Stored links as reference fields: the first DOI apart, the rest in their order (further DOIs as addresses). */
export function splitLinks(links: readonly string[]): { doi: string | null; others: string[] } {
  const all = storedLinks(links);
  const first = all.findIndex((l) => doiOf(l) !== null);
  if (first === -1) return { doi: null, others: all };
  return { doi: doiOf(all[first]!), others: all.filter((_, i) => i !== first) };
}

/**
 * Imported links in stored form: DOIs as doi.org addresses, duplicates
 * removed, order kept. A link that is neither (a `javascript:` or plain-http
 * address) is left out: the reference still comes in, without it.
 */
export function storedLinks(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    const trimmed = value.trim();
    if (!trimmed || !isResearchLink(trimmed)) continue;
    const doi = doiOf(trimmed);
    const link = doi ? doiLink(doi) : trimmed;
    if (!out.includes(link)) out.push(link);
  }
  return out;
}
