/**
 * Addresses the app stores and opens. Reference formats have a DOI field
 * apart from the URL, so a link is recognised as a DOI in any of the usual
 * spellings (`10.1234/x`, `doi:10.1234/x`, `https://doi.org/10.1234/x`).
 */

/**
 * Only these leave the app, and only through the OS: never navigation inside
 * the window. An https link's authority (up to the first `/`, `?` or `#`)
 * holds no `@` and no backslash, so `https://school.nl@evil.example/` — which
 * goes to evil.example with "school.nl" as a user name — is refused.
 */
export function isSafeExternalUrl(url: string): boolean {
  return /^https:\/\/[^\s/?#@\\]+(?:[/?#]\S*)?$/i.test(url) || /^mailto:[^\s]+@[^\s]+$/i.test(url);
}

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

/** A research link is a DOI (in any usual spelling) or a secure web address, the only kind the app opens. */
export const isResearchLink = (link: string) => doiOf(link) !== null || isSafeExternalUrl(link);
