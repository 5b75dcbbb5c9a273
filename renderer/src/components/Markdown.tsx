import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import { isSafeExternalUrl } from '../../../shared/contract';
import { api } from '../api';
import { remarkRawHtmlAsText } from './markdownRawHtml';

/** Opens an https or mailto link through the OS; the browser preview cannot, so there a new tab does. */
export async function openExternalLink(url: string): Promise<void> {
  if (!isSafeExternalUrl(url)) return;
  const result = await api.invoke('links:open', { url });
  if (!result.ok || !result.value.opened) window.open(url, '_blank', 'noopener,noreferrer');
}

/** Only https and mailto survive; every other address (javascript:, data:, file:, relative) is dropped. */
const keepSafeUrl = (url: string) => (isSafeExternalUrl(url) ? url : '');

function Heading({ children }: { children?: ReactNode }) {
  // Headings inside a text would break the page's outline: they become bold paragraphs.
  return (
    <p className="markdown__heading">
      <strong>{children}</strong>
    </p>
  );
}

function useComponents(): Components {
  const { t } = useTranslation();
  return {
    a({ href, children }) {
      if (!href) return <span>{children}</span>;
      const open = (event: MouseEvent) => {
        event.preventDefault();
        void openExternalLink(href);
      };
      return (
        <a href={href} onClick={open} rel="noopener noreferrer" target="_blank">
          {children}
          <span className="visually-hidden"> {t('markdown.external')}</span>
        </a>
      );
    },
    // Pictures from elsewhere are never loaded (the CSP would refuse them anyway): only their description shows.
    img({ alt }) {
      return <span className="markdown__image">{t('markdown.image', { alt: alt || '—' })}</span>;
    },
    h1: Heading,
    h2: Heading,
    h3: Heading,
    h4: Heading,
    h5: Heading,
    h6: Heading,
  };
}

/**
 * User-written Markdown, shown safely: raw HTML becomes its plain text, the result is
 * sanitised, and links only go out through the OS for https and mailto.
 */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const components = useComponents();
  return (
    <div className={`markdown${className ? ` ${className}` : ''}`}>
      <ReactMarkdown skipHtml remarkPlugins={[remarkRawHtmlAsText]} rehypePlugins={[rehypeSanitize]} urlTransform={keepSafeUrl} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
