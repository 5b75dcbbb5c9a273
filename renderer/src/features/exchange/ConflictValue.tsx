import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatWallDateTime } from '../../i18n/format';

/** Longer texts show their start and a "toon meer" button. */
const SHOWN_CHARS = 280;

/** A record field's label for people, as a label ("E-mailadres"), from the same texts the import preview uses in sentences. */
export function fieldLabel(t: TFunction, field: string, language: string): string {
  const text = t(`exchange:fields.${field}`, { defaultValue: field });
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** Where the label of a coded value lives, by field (and collection where the same field name means another list). */
function codeKey(collection: string, field: string): string | null {
  switch (field) {
    case 'areas':
    case 'area':
      return 'members:areas';
    case 'roles':
      return 'members:roles';
    case 'visibility':
      return 'members:visibility';
    case 'initiative':
      return 'research:initiative';
    case 'publicationType':
      return 'research:publicationType';
    case 'status':
      return collection === 'questions' ? 'questions:status' : collection === 'research' ? 'research:status' : null;
    default:
      return null;
  }
}

interface Context {
  t: TFunction;
  language: string;
  collection: string;
  field: string;
  names: Record<string, string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One value as words: an id as the name of what it points to, a code as its label, an object by what identifies it. */
function asText(value: unknown, ctx: Context): string {
  if (value === null || value === undefined || value === '') return ctx.t('exchange:conflicts.empty');
  if (typeof value === 'boolean') return value ? ctx.t('exchange:conflicts.yes') : ctx.t('exchange:conflicts.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (UUID.test(value)) return ctx.names[value] ?? ctx.t('exchange:conflicts.unknownRecord');
    const key = codeKey(ctx.collection, ctx.field);
    if (key) return ctx.t(`${key}.${value}`, { defaultValue: value });
    if (ctx.field === 'start') return formatWallDateTime(value, ctx.language);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => asText(v, ctx)).join(', ');
  const object = value as Record<string, unknown>;
  // A master's degree; programme items, actions and attachments by their title, text or name; attendees by name; answers by their text.
  if (typeof object.programme === 'string' && typeof object.institute === 'string') return `${object.programme}, ${object.institute} (${String(object.year)})`;
  for (const key of ['title', 'text', 'name', 'body'] as const) if (typeof object[key] === 'string') return object[key];
  // Per-field visibility: "E-mailadres: Alleen ik".
  return Object.entries(object)
    .map(([k, v]) => `${fieldLabel(ctx.t, k, ctx.language)}: ${asText(v, { ...ctx, field: 'visibility' })}`)
    .join('; ');
}

function LongText({ text }: { text: string }) {
  const { t } = useTranslation('exchange');
  const [open, setOpen] = useState(false);
  const id = useId();
  if (text.length <= SHOWN_CHARS) return <span className="conflict__text">{text}</span>;
  return (
    <>
      <span id={id} className="conflict__text">
        {open ? text : `${text.slice(0, SHOWN_CHARS).trimEnd()}…`}
      </span>{' '}
      <button type="button" className="button button--link" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? t('conflicts.showLess') : t('conflicts.showMore')}
      </button>
    </>
  );
}

/**
 * One side of a conflict, readable: names instead of ids, labels instead of
 * codes, lists as lists, long text shortened with "toon meer".
 */
export function ConflictValue({ value, collection, field, names }: { value: unknown; collection: string; field: string; names: Record<string, string> }) {
  const { t, i18n } = useTranslation('exchange');
  const ctx: Context = { t, language: i18n.language, collection, field, names };
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <span className="muted">{t('conflicts.empty')}</span>;
  }
  if (Array.isArray(value)) {
    return (
      <ul className="conflict__list">
        {value.map((item, index) => (
          <li key={index}>
            <LongText text={asText(item, ctx)} />
          </li>
        ))}
      </ul>
    );
  }
  return <LongText text={asText(value, ctx)} />;
}
