import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDateTime } from '../i18n/format';
import { Icon } from './Icon';

/**
 * The layout a record's page shares (research, an activity, a PLG): a header
 * with a kicker line, the title and its badges, a line under it and the
 * actions, then a main column and a side column of titled sections.
 */

/** A titled part of a record's page, named by its heading for screen readers; `block` is the page's CSS block (a profile has its own). */
export function Section({ id, title, children, block = 'research' }: { id: string; title: string; children: ReactNode; block?: 'research' | 'profile' }) {
  return (
    <section className={`${block}__section`} aria-labelledby={id}>
      <h2 id={id} className={`${block}__heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * Short texts (tags, expertise) as chips; `label` names the list when no
 * heading does, `more` ends a shortened list ("+3 meer").
 */
export function Chips({ items, label, variant, more }: { items: readonly string[]; label?: string; variant?: string; more?: string }) {
  return (
    <ul className="chips" aria-label={label}>
      {items.map((item) => (
        <li key={item} className={variant ? `chip chip--${variant}` : 'chip'}>
          {item}
        </li>
      ))}
      {more && <li className="chip chip--more">{more}</li>}
    </ul>
  );
}

export function RecordHeader({
  kicker,
  title,
  badges,
  subtitle,
  actions,
}: {
  kicker: ReactNode;
  title: string;
  badges?: ReactNode;
  subtitle?: ReactNode;
  actions: ReactNode;
}) {
  return (
    <header className="research__header">
      <div className="research__identity">
        <p className="research__kicker">{kicker}</p>
        <h1 className="research__title">
          {title}
          {badges}
        </h1>
        {subtitle && <p className="research__institution">{subtitle}</p>}
      </div>
      <div className="research__actions">{actions}</div>
    </header>
  );
}

/** "Bewerken" and "Verwijderen" for the record's owners; the caller asks before it deletes. */
export function EditDeleteActions({ editHref, namespace, onDelete }: { editHref: string; namespace: string; onDelete: () => void }) {
  const { t } = useTranslation(namespace);
  return (
    <>
      <Link href={editHref} className="button button--primary">
        <Icon name="edit" />
        {t('detail.edit')}
      </Link>
      <button type="button" className="button button--danger-quiet" onClick={onDelete}>
        <Icon name="trash" />
        {t('detail.delete')}
      </button>
    </>
  );
}

/** The main column and the side column with the record's facts; `updatedAt` closes the side column. */
export function RecordColumns({ main, side, sideLabel, updatedAt }: { main: ReactNode; side: ReactNode; sideLabel: string; updatedAt?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="research__columns">
      <div className="research__main">{main}</div>
      <aside className="research__side" aria-label={sideLabel}>
        {side}
        {updatedAt && <p className="profile__meta">{t('record.updated', { date: formatDateTime(updatedAt, i18n.language) })}</p>}
      </aside>
    </div>
  );
}
