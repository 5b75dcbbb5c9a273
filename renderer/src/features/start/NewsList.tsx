import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { NewsItem, NewsKind, PersonRef } from '../../../../shared/contract';
import { Icon, type IconName } from '../../components/Icon';
import { formatDate, formatDateTime } from '../../i18n/format';
import { fieldLabel } from '../exchange/ConflictValue';
import { recordPath } from '../search/recordTypes';

const ICONS: Record<NewsKind, IconName> = { answer: 'question', registration: 'users', action: 'check', change: 'swap', suggestion: 'edit' };

interface Shown {
  kind: string;
  title: ReactNode;
  detail?: ReactNode;
}

const linked = (path: string | null, title: string) => (path ? <Link href={path}>{title}</Link> : title);

/** What one item says: what kind of news, the record (a link to it), and a line about what happened. */
function shown(item: NewsItem, t: TFunction, language: string, people: ReadonlyMap<string, PersonRef>): Shown {
  const type = (collection: string) => t(`exchange:collectionsOne.${collection}`);
  const fields = (list: string[]) => list.map((f) => fieldLabel(t, f, language)).join(', ');
  switch (item.kind) {
    case 'answer':
      return { kind: t('kinds.answer'), title: linked(`/questions/${item.questionId}`, item.questionTitle), detail: t('details.answer', { name: people.get(item.authorId)?.name ?? t('details.someone') }) };
    case 'registration':
      return { kind: t('kinds.registration', { count: item.names.length }), title: linked(`/sessions/${item.sessionId}`, item.sessionTitle), detail: item.names.join(', ') };
    case 'action':
      // An action has no page of its own: its café is the link.
      return {
        kind: t('kinds.action'),
        title: item.text,
        detail: (
          <>
            {t('details.from')} <Link href={`/sessions/${item.sessionId}`}>{item.sessionTitle}</Link>
            {item.due && ` · ${t('details.due', { date: formatDate(item.due, language) })}`}
          </>
        ),
      };
    case 'change': {
      const label = item.deleted ? 'kinds.deleted' : item.isNew ? 'kinds.new' : 'kinds.changed';
      return {
        kind: t(label, { type: type(item.collection) }),
        title: linked(item.deleted ? null : recordPath(item.collection, item.recordId), item.title),
        ...(item.fields.length > 0 ? { detail: t('details.fields', { fields: fields(item.fields) }) } : {}),
      };
    }
    case 'suggestion':
      return {
        kind: t('kinds.suggestion', { from: item.from || t('details.someone'), type: type(item.collection) }),
        title: linked(recordPath(item.collection, item.recordId), item.title),
        detail: t('details.suggested', { fields: fields(item.fields) }),
      };
  }
}

/** The news since the last visit, newest first: each item says what it is and leads to its record. */
export function NewsList({ items, people, labelledBy }: { items: readonly NewsItem[]; people: ReadonlyMap<string, PersonRef>; labelledBy: string }) {
  const { t, i18n } = useTranslation('start');
  return (
    <ul className="news-list" aria-labelledby={labelledBy}>
      {items.map((item, index) => {
        const { kind, title, detail } = shown(item, t, i18n.language, people);
        return (
          <li key={index} className={`news-item news-item--${item.kind}`}>
            <Icon name={ICONS[item.kind]} className="icon-disc news-item__icon" />
            <div className="news-item__body">
              <p className="news-item__kind">{kind}</p>
              <p className="news-item__title">{title}</p>
              {detail && <p className="news-item__detail">{detail}</p>}
            </div>
            <time className="news-item__time" dateTime={item.at}>
              {formatDateTime(item.at, i18n.language)}
            </time>
          </li>
        );
      })}
    </ul>
  );
}
