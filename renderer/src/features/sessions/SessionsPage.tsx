import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { MY_ROLES, SESSION_VIEWS, type MyRole, type SessionView } from '../../../../shared/contract';
import { Icon } from '../../components/Icon';
import { EmptyState, ErrorNotice, Loading } from '../../components/Status';
import { formatNumber } from '../../i18n/format';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { useSessionState } from '../../lib/useSessionState';
import { SessionCard } from './SessionCard';
import { PageHeader } from '../../components/PageHeader';

const LIMIT = 200;

/** The netwerkcafés: coming up, past (with their reports), or the ones I organise, present at or attend. */
export function SessionsPage() {
  const { t, i18n } = useTranslation('sessions');
  const roleId = useId();
  usePageTitle(t('list.title'));
  const [view, setView] = useSessionState('sessions.view', 'upcoming');
  const [role, setRole] = useSessionState('sessions.role', '');
  const current = (SESSION_VIEWS as readonly string[]).includes(view) ? (view as SessionView) : 'upcoming';
  const chosenRole = current === 'mine' && (MY_ROLES as readonly string[]).includes(role) ? (role as MyRole) : undefined;
  const list = useResource(`sessions:${current}:${chosenRole ?? ''}`, () =>
    call('sessions:list', { view: current, ...(chosenRole ? { role: chosenRole } : {}), limit: LIMIT }),
  );
  const page = list.data;
  const people = new Map(page?.people.map((p) => [p.id, p]));

  return (
    <div className="page">
      <PageHeader
        title={t('list.title')}
        lead={t('list.lead')}
        actions={
          <Link href="/sessions/new" className="button button--primary">
            <Icon name="plus" />
            {t('list.add')}
          </Link>
        }
      />

      <div className="toolbar">
        <div className="session-toolbar__filters">
        <div className="segmented" role="group" aria-label={t('list.views')}>
          {SESSION_VIEWS.map((v) => (
            <button key={v} type="button" className="segmented__option" aria-pressed={v === current} onClick={() => setView(v)}>
              {t(`list.view.${v}`)}
            </button>
          ))}
        </div>
        {current === 'mine' && (
          <div className="toolbar__field">
            <label htmlFor={roleId}>{t('list.role')}</label>
            <select id={roleId} value={chosenRole ?? ''} onChange={(e) => setRole(e.target.value)}>
              <option value="">{t('list.anyRole')}</option>
              {MY_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`list.roleFilter.${r}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        </div>
        {page && (
          <p className="toolbar__count" aria-live="polite">
            {t('list.count', { count: page.total, formatted: formatNumber(page.total, i18n.language) })}
          </p>
        )}
      </div>

      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {!page && !list.error && <Loading label={t('list.loading')} />}
      {page && page.total === 0 && (
        <EmptyState
          title={t(`list.empty.${current}.title`)}
          action={
            current === 'past' ? undefined : (
              <Link href="/sessions/new" className="button button--primary">
                {t('list.empty.plan')}
              </Link>
            )
          }
        >
          {t(`list.empty.${current}.text`)}
        </EmptyState>
      )}
      {page && page.items.length > 0 && (
        <ul className="session-list" aria-label={t(`list.view.${current}`)}>
          {page.items.map((item) => (
            <li key={item.session.id}>
              <SessionCard item={item} people={people} markEnded={current !== 'past'} />
            </li>
          ))}
        </ul>
      )}
      {page && page.total > page.items.length && <p className="muted">{t('list.more', { count: page.total - page.items.length })}</p>}
    </div>
  );
}
