import { fold } from '../search/normalize';

/** A file name from a title: `Netwerkcafé Feedback` → `netwerkcafe-feedback`. */
export const fileSlug = (text: string, fallback: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || fallback;
