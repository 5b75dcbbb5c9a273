import { z } from 'zod';

/** The four areas in which master teachers work (DOMAIN.md). */
export const AREAS = ['innovatie', 'vakinhoud', 'onderzoek', 'beleid'] as const;
export const Area = z.enum(AREAS);
export type Area = z.infer<typeof Area>;

export const ROLES = ['innovator', 'begeleider', 'onderzoeker', 'beleidsadviseur'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const INITIATIVES = ['docent', 'organisatie', 'samen'] as const;
export const Initiative = z.enum(INITIATIVES);
export type Initiative = z.infer<typeof Initiative>;

/** Who may see a profile field: the whole network, the own institution, or only the owner. */
export const VISIBILITIES = ['netwerk', 'instelling', 'prive'] as const;
export const Visibility = z.enum(VISIBILITIES);
export type Visibility = z.infer<typeof Visibility>;

export const LIMITS = {
  shortText: 200,
  tag: 60,
  tags: 40,
  longText: 20_000,
  listItems: 200,
} as const;

/**
 * Characters no text field keeps: C0 and C1 controls (NUL, ESC, DEL, …) and
 * the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
 * that make a name or title display as something else. One-line fields also
 * lose the invisible direction marks (U+200E, U+200F, U+061C); long text keeps
 * them, and its tabs and line breaks, as prose in right-to-left scripts needs.
 */
const UNSAFE_IN_LONG_TEXT = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;
const UNSAFE_IN_LINE = /[\p{Cc}\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;
const keepLineBreaks = (c: string) => (c === '\n' || c === '\r' ? c : '');

/** Single-line text without controls or bidi overrides; a tab becomes a space, line breaks are left for `shortText` to refuse. */
export const stripLineText = (text: string) => text.replace(/\t/g, ' ').replace(UNSAFE_IN_LINE, keepLineBreaks);
export const stripLongText = (text: string) => text.replace(UNSAFE_IN_LONG_TEXT, (c) => (c === '\t' ? c : keepLineBreaks(c)));

/**
 * The string every one-line field of every record starts from: stripped on
 * parse, never refused, so data stored before this rule still loads.
 */
export const lineText = () => z.string().overwrite(stripLineText);

/** Trimmed single-line text; an empty string is allowed unless `min` says otherwise. */
export const shortText = (min = 0) =>
  lineText()
    .trim()
    .min(min)
    .max(LIMITS.shortText)
    .refine((s) => !/[\r\n]/.test(s), { message: 'single_line' });

export const longText = () => z.string().overwrite(stripLongText).max(LIMITS.longText);

/** A tag is a short label; duplicates (ignoring case) are removed by `tagList`. */
export const tagList = () =>
  z
    .array(lineText().trim().min(1).max(LIMITS.tag))
    .max(LIMITS.tags)
    .transform((tags) => {
      const seen = new Set<string>();
      return tags.filter((t) => {
        // Plain lowercasing: Dutch has no lowercasing rules of its own, and the locale-aware form costs 25× as much on every import.
        const key = t.toLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    });

export const Email = z.union([z.literal(''), z.email().max(LIMITS.shortText)]);

/** The latest year a graduation or a research result may carry: next year (a result due then), never later. */
export const latestYear = () => new Date().getFullYear() + 1;

export const Year = z
  .number()
  .int()
  .min(1950)
  .refine((y) => y <= latestYear(), { message: 'year_future' });

export const IsoDateTime = z.iso.datetime({ offset: true });
