/**
 * Research links are DOIs or web addresses. Reference formats have a DOI
 * field apart from the URL, so a link is recognised as a DOI in any of the
 * usual spellings (`10.1234/x`, `doi:10.1234/x`, `https://doi.org/10.1234/x`).
 */

const DOI = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i;

/** The bare DOI (`10.1234/abc`) of a link, or null when it is not one. */
export function doiOf(link: string): string | null {
  const m = DOI.exec(link.trim());
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}

/** The form links are stored in after an import: one resolvable address per DOI. */
export const doiLink = (doi: string) => `https://doi.org/${doi}`;

/** Stored links as reference fields: the first DOI apart, the rest in their order (further DOIs as addresses). */
export function splitLinks(links: readonly string[]): { doi: string | null; others: string[] } {
  const all = storedLinks(links);
  const first = all.findIndex((l) => doiOf(l) !== null);
  if (first === -1) return { doi: null, others: all };
  return { doi: doiOf(all[first]!), others: all.filter((_, i) => i !== first) };
}

/** Imported links in stored form: DOIs as doi.org addresses, duplicates removed, order kept. */
export function storedLinks(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    const trimmed = value.trim();
    if (!trimmed) continue;
    const doi = doiOf(trimmed);
    const link = doi ? doiLink(doi) : trimmed;
    if (!out.includes(link)) out.push(link);
  }
  return out;
}
