import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { PersonRef } from '../../../../shared/contract';
import type { Research } from '../../../../shared/domain';
import { Icon } from '../../components/Icon';
import { namesOf } from './PeopleList';
import { Chips } from '../../components/RecordLayout';

const SHOWN_TAGS = 4;
const EXCERPT = 180;

/** Markdown marks left out, so an excerpt reads as plain text. */
export const plainExcerpt = (markdown: string, length = EXCERPT) => {
  const text = markdown.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>~]/g, '').replace(/\s+/g, ' ').trim();
  return text.length > length ? `${text.slice(0, length).replace(/\s+\S*$/, '')}…` : text;
};

interface ResearchCardProps {
  research: Research;
  people: ReadonlyMap<string, PersonRef>;
  /** With selection (the list's export), a checkbox before the title. */
  selected?: boolean;
  onSelect?: (selected: boolean) => void;
}

/** One result in a list: the title is the link, the rest says who, what and how far. */
export function ResearchCard({ research, people, selected, onSelect }: ResearchCardProps) {
  const { t } = useTranslation('research');
  const checkboxId = `select-${research.id}`;
  const hidden = research.tags.length - SHOWN_TAGS;
  return (
    <article className="research-card">
      {onSelect && (
        <div className="research-card__select">
          <input id={checkboxId} type="checkbox" checked={selected ?? false} onChange={(e) => onSelect(e.target.checked)} />
          <label htmlFor={checkboxId} className="visually-hidden">
            {t('list.select', { title: research.title })}
          </label>
        </div>
      )}
      <div className="research-card__body">
        <h2 className="research-card__title">
          <Link href={`/research/${research.id}`}>{research.title}</Link>
          {research.draft && <span className="badge badge--draft">{t('draft.badge')}</span>}
          {research.demo && <span className="badge badge--demo">{t('common:demo.badge')}</span>}
        </h2>
        <p className="research-card__meta">
          <span className={`status-pill status-pill--${research.status}`}>{t(`status.${research.status}`)}</span>
          <span>{t(`area.${research.area}`)}</span>
          <span>{research.year}</span>
          {research.institution && <span>{research.institution}</span>}
          {research.attachments.length > 0 && (
            <span className="research-card__files">
              <Icon name="paperclip" />
              {t('list.attachments', { count: research.attachments.length })}
            </span>
          )}
        </p>
        <p className="research-card__people">
          {t('list.by', { names: namesOf(research.authorIds, people, t('people.unknown')) })}
          {research.partnerIds.length > 0 && ` · ${t('list.with', { names: namesOf(research.partnerIds, people, t('people.unknown')) })}`}
        </p>
        {research.summary && <p className="research-card__summary">{plainExcerpt(research.summary)}</p>}
        {research.tags.length > 0 && (
          <Chips items={research.tags.slice(0, SHOWN_TAGS)} label={t('labels.tags')} more={hidden > 0 ? t('list.moreTags', { count: hidden }) : undefined} />
        )}
      </div>
    </article>
  );
}
