import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Evidence } from '../../../../shared/search/schema';
import { recordPath } from './recordTypes';

type Kind = Evidence['kind'];
/** Profile evidence first (what people say they know), then what they did. */
const ORDER: readonly Kind[] = ['expertise', 'offer', 'research', 'answer', 'presentation', 'activity', 'profile'];
const TAG_KINDS: ReadonlySet<Kind> = new Set(['expertise', 'offer']);

/** Why a colleague is listed: one line per kind of evidence, records linked to their page. */
export function EvidenceList({ evidence, label }: { evidence: readonly Evidence[]; label: string }) {
  const { t } = useTranslation('search');
  const kinds = ORDER.filter((kind) => evidence.some((e) => e.kind === kind));
  return (
    <ul className="evidence" aria-label={label}>
      {kinds.map((kind) => {
        const items = evidence.filter((e) => e.kind === kind);
        return (
          <li key={kind} className={`evidence__item evidence__item--${kind}`}>
            <span className="evidence__kind">{t(`evidence.${kind}`, { count: items.length })}</span>{' '}
            {kind === 'profile' ? (
              <span className="evidence__text">{t('evidence.profileText')}</span>
            ) : TAG_KINDS.has(kind) ? (
              <span className="evidence__text">{[...new Set(items.map((e) => e.text))].join(', ')}</span>
            ) : (
              <span className="evidence__links">
                {items.map((item, i) => {
                  const path = recordPath(item.type, item.id);
                  return (
                    <span key={`${item.id}:${item.text}`}>
                      {i > 0 && ', '}
                      {path ? <Link href={path}>{item.text}</Link> : item.text}
                    </span>
                  );
                })}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
