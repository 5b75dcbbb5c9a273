import { closesElement, opensHiddenElement, textOfRawHtml } from '../../../shared/text/rawHtml';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/** Containers whose children are blocks: text found there is wrapped in a paragraph. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function rewrite(parent: MdNode): void {
  if (!parent.children) return;
  const block = BLOCK_PARENTS.has(parent.type);
  const out: MdNode[] = [];
  let hiddenUntil: string | null = null;
  for (const child of parent.children) {
    if (hiddenUntil) {
      // Inline script content sits between its tags as ordinary text; it goes with the element.
      const value = child.value ?? '';
      if (child.type === 'html' && closesElement(value, hiddenUntil)) {
        const after = textOfRawHtml(value.slice(value.search(new RegExp(`</${hiddenUntil}`, 'i'))).replace(/^<\/[^>]*>/, ''));
        hiddenUntil = null;
        if (after) out.push({ type: 'text', value: after });
      }
      continue;
    }
    if (child.type !== 'html') {
      rewrite(child);
      out.push(child);
      continue;
    }
    const value = child.value ?? '';
    if (!block) hiddenUntil = opensHiddenElement(value);
    const text = textOfRawHtml(value);
    if (!text.trim()) continue;
    out.push(block ? { type: 'paragraph', children: [{ type: 'text', value: text.trim() }] } : { type: 'text', value: text });
  }
  parent.children = out;
}

/** remark plugin: raw HTML becomes its plain text (see `textOfRawHtml`), so no words around a tag are lost. */
export function remarkRawHtmlAsText() {
  return (tree: MdNode) => rewrite(tree);
}
