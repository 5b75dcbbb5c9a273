import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorNotice, Loading } from '../../components/Status';
import { formatDate, formatWallDateTime } from '../../i18n/format';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';
import { ActionRow } from './ReportPanel';

/** The actions from netwerkcafés a colleague took on, as a section of their profile; finished ones last. */
export function MemberActions({ memberId, isMe }: { memberId: string; isMe: boolean }) {
  const { t, i18n } = useTranslation('sessions');
  const list = useResource(`member-actions:${memberId}`, () => call('sessions:actionsOf', { memberId }));
  return (
    <section className="profile__section" aria-labelledby="profile-actions">
      <h2 id="profile-actions" className="profile__heading">
        {t('profileActions.title')}
      </h2>
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loading label={t('profileActions.loading')} />}
      {list.data?.length === 0 && <p className="muted">{isMe ? t('profileActions.noneMine') : t('profileActions.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="action-list">
          {list.data.map(({ action, sessionId, sessionTitle, sessionStart }) => (
            <ActionRow key={action.id} action={action}>
              <Link href={`/sessions/${sessionId}`}>{sessionTitle}</Link> ({formatWallDateTime(sessionStart, i18n.language)})
              {action.due && <> · {t('report.due', { date: formatDate(action.due, i18n.language) })}</>}
            </ActionRow>
          ))}
        </ul>
      )}
    </section>
  );
}
