import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAppInfo } from '../../app/appInfo';
import { Icon } from '../../components/Icon';
import { ShowMore } from '../../components/ShowMore';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { formatNumber } from '../../i18n/format';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { usePageTitle } from '../../lib/usePageTitle';
import { useSessionState } from '../../lib/useSessionState';
import { useViewer } from '../privacy/useViewer';
import { MemberCard } from './MemberCard';
import { PageHeader } from '../../components/PageHeader';

const PAGE = 24;
const MAX_PER_CALL = 500;

/** The list shows the first `count` colleagues; "Meer tonen" raises the count. */
async function loadMembers(institution: string, count: number) {
  const pages = [];
  for (let offset = 0; offset < count; offset += MAX_PER_CALL) {
    const limit = Math.min(MAX_PER_CALL, count - offset);
    pages.push(await call('members:list', { ...(institution ? { institution } : {}), offset, limit }));
    if (offset + limit >= pages[0]!.total) break;
  }
  return { total: pages[0]?.total ?? 0, items: pages.flatMap((p) => p.items) };
}

export function ColleaguesPage() {
  const { t, i18n } = useTranslation('members');
  const { info } = useAppInfo();
  const viewer = useViewer();
  const filterId = useId();
  usePageTitle(t('list.title'));
  const [institution, setInstitution] = useSessionState('members.institution', '');
  const [count, setCount] = useState(PAGE);
  const facets = useResource('facets', () => call('members:facets'));
  // While "Meer tonen" loads, the cards already shown stay.
  const list = useResource(`members:${institution}:${count}`, () => loadMembers(institution, count), { keepWithin: `members:${institution}` });
  const page = list.data;

  // After "Meer tonen", keyboard focus moves to the first new colleague as soon as it appears.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const focusOnMount = useCallback((link: HTMLAnchorElement | null) => link?.focus(), []);

  const institutions = facets.data?.institutions ?? [];
  const onlyMe = !institution && page?.total === 1 && page.items[0]?.id === info.settings.meId;
  const chooseInstitution = (value: string) => {
    setInstitution(value);
    setCount(PAGE);
  };

  return (
    <div className="page">
      <PageHeader
        title={t('list.title')}
        lead={t('list.lead')}
        actions={
          <Link href="/members/new" className="button button--secondary">
            <Icon name="plus" />
            {t('list.add')}
          </Link>
        }
      />

      <div className="toolbar">
        <div className="toolbar__field">
          <label htmlFor={filterId}>{t('list.institution')}</label>
          <select id={filterId} value={institution} onChange={(e) => chooseInstitution(e.target.value)}>
            <option value="">{t('list.allInstitutions')}</option>
            {institutions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
            {institution && !institutions.includes(institution) && <option value={institution}>{institution}</option>}
          </select>
        </div>
        {page && (
          <p className="toolbar__count" aria-live="polite">
            {institution
              ? t('list.countAt', { count: page.total, formatted: formatNumber(page.total, i18n.language), institution })
              : t('list.count', { count: page.total, formatted: formatNumber(page.total, i18n.language) })}
          </p>
        )}
      </div>

      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {!page && !list.error && <Loading label={t('list.loading')} />}
      {page && page.total === 0 && (
        <EmptyState
          title={institution ? t('list.emptyFilteredTitle') : t('list.emptyTitle')}
          action={
            institution ? (
              <button type="button" className="button button--secondary" onClick={() => chooseInstitution('')}>
                {t('list.showAll')}
              </button>
            ) : (
              <Link href="/members/new" className="button button--primary">
                {t('list.add')}
              </Link>
            )
          }
        >
          {institution ? t('list.emptyFilteredText') : t('list.emptyText')}
        </EmptyState>
      )}
      {page && page.items.length > 0 && (
        <>
          <ul className="member-grid" aria-label={t('list.title')}>
            {page.items.map((member, index) => (
              <li key={member.id}>
                <MemberCard member={member} isMe={member.id === info.settings.meId} viewer={viewer} ref={index === focusIndex ? focusOnMount : undefined} />
              </li>
            ))}
          </ul>
          {onlyMe && <p className="list-hint">{t('list.onlyYou')}</p>}
          <ShowMore
            t={t}
            language={i18n.language}
            shown={page.items.length}
            total={page.total}
            loading={list.loading}
            onMore={() => {
              setFocusIndex(page.items.length);
              setCount(page.items.length + PAGE);
            }}
          />
        </>
      )}
    </div>
  );
}
