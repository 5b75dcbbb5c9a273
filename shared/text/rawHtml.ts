/**
 * Raw HTML in user-written Markdown is never rendered, but the words around
 * it are the writer's: `<script>…</script> Tekst` must keep "Tekst". Elements
 * whose content is code or hidden are dropped with their content; every other
 * tag is dropped and its text kept.
 */

const HIDDEN = 'script|style|iframe|object|embed|template|noscript|textarea|title|svg|math';
const HIDDEN_ELEMENT = new RegExp(`<(${HIDDEN})\\b[^>]*>[\\s\\S]*?<\\/\\1\\s*>`, 'gi');
/** An opening hidden tag whose end is not in this piece: everything after it is its content. */
const UNCLOSED_HIDDEN = new RegExp(`<(${HIDDEN})\\b[^>]*>[\\s\\S]*$`, 'i');
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const OTHER = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[?!][^>]*>?/g;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?\/?>/g;

/** The readable text of a piece of raw HTML, without any element or attribute. */
export function textOfRawHtml(html: string): string {
  return html.replace(HIDDEN_ELEMENT, '').replace(COMMENT, '').replace(OTHER, '').replace(UNCLOSED_HIDDEN, '').replace(TAG, '');
}

/** The hidden element (lower case) an inline piece opens without closing, so the text up to its end tag can be dropped too. */
export function opensHiddenElement(html: string): string | null {
  const withoutClosed = html.replace(HIDDEN_ELEMENT, '');
  const m = new RegExp(`<(${HIDDEN})\\b[^>]*>`, 'i').exec(withoutClosed);
  return m ? m[1]!.toLowerCase() : null;
}

/** Whether an inline piece closes the hidden element `name`. */
export const closesElement = (html: string, name: string) => new RegExp(`</${name}\\s*>`, 'i').test(html);
