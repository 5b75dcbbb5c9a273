import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { isSafeExternalUrl, type SessionDetail } from '../../../../shared/contract';
import { LogCafeButton } from '../learning/LogCafeButton';
import { PresenterBadges } from '../learning/PresenterBadges';
import { DeleteRecordDialog } from '../../components/DeleteRecordDialog';
import { Icon } from '../../components/Icon';
import { Markdown, openExternalLink } from '../../components/Markdown';
import { RecordPage } from '../../components/RecordPage';
import { ErrorNotice, Spinner } from '../../components/Status';
import { call, errorOf } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import type { AppError } from '../../../../shared/result';
import { saveFile } from '../research/files';
import { AttendeesPanel } from './AttendeesPanel';
import { PersonLinks, Section } from './parts';
import { ProgrammeEditor } from './ProgrammeEditor';
import { ReportPanel } from './ReportPanel';
import { sessionWhen } from './sessionTime';
import { RecordNotices } from '../exchange/RecordNotices';
import { RelatedActivities } from '../activities/RelatedActivities';
import { plgPath } from '../plgs/paths';

function CalendarButton({ id }: { id: string }) {
  const { t } = useTranslation('sessions');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await call('sessions:ics', { id });
      saveFile({ text: file.text }, 'text/calendar;charset=utf-8', file.fileName);
    } catch (cause) {
      setError(errorOf(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => void download()} disabled={busy} aria-busy={busy}>
        {busy ? <Spinner /> : <Icon name="calendar" />}
        {t('detail.calendar')}
      </button>
      {error && <ErrorNotice error={error} />}
    </>
  );
}

function DeleteSessionButton({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation('sessions');
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="button button--danger-quiet" onClick={() => setAsking(true)}>
        <Icon name="trash" />
        {t('delete.button')}
      </button>
      <DeleteRecordDialog
        namespace="sessions"
        open={asking}
        onClose={() => setAsking(false)}
        title={title}
        remove={() => call('sessions:delete', { id })}
        listPath="/sessions"
      />
    </>
  );
}

function Session({ detail, reload }: { detail: SessionDetail; reload: () => void }) {
  const { t, i18n } = useTranslation('sessions');
  const { session, ended } = detail;
  const people = new Map(detail.people.map((p) => [p.id, p]));
  const plgs = useResource('plgs', () => call('plgs:list'));
  const plg = plgs.data?.find((p) => p.id === session.plgId);
  return (
    <article className="session">
      <header className="session__header">
        <div className="session__identity">
          <p className="session__kicker">
            {t('detail.kicker')}
            {ended && <span className="badge badge--past">{t('card.ended')}</span>}
            {session.demo && <span className="badge badge--demo">{t('common:demo.badge')}</span>}
          </p>
          <h1 className="session__title">{session.title}</h1>
          {session.theme && <p className="session__theme">{t('card.theme', { theme: session.theme })}</p>}
          <dl className="facts session__facts">
            <dt>{t('detail.when')}</dt>
            <dd>{sessionWhen(session, i18n.language)}</dd>
            {session.location && (
              <>
                <dt>{t('detail.where')}</dt>
                <dd>{session.location}</dd>
              </>
            )}
            {session.onlineLink && (
              <>
                <dt>{t('detail.online')}</dt>
                <dd>
                  {/* A link from an imported bundle may be anything: only https becomes clickable (tests/e2e/xss.spec.ts). */}
                  {!isSafeExternalUrl(session.onlineLink) ? (
                    <span>{session.onlineLink}</span>
                  ) : (
                    <a
                      href={session.onlineLink}
                      className="link-with-icon"
                      onClick={(event) => {
                        event.preventDefault();
                        void openExternalLink(session.onlineLink);
                      }}
                    >
                      {t('detail.join')}
                      <Icon name="external" />
                    </a>
                  )}
                </dd>
              </>
            )}
            {session.organiserIds.length > 0 && (
              <>
                <dt>{t('detail.organisers')}</dt>
                <dd>
                  <PersonLinks ids={session.organiserIds} people={people} />
                </dd>
              </>
            )}
            {plg && (
              <>
                <dt>{t('detail.plg')}</dt>
                <dd>
                  <Link href={plgPath(plg.id)}>{plg.name}</Link>
                </dd>
              </>
            )}
          </dl>
        </div>
        <div className="session__actions">
          <Link href={`/sessions/${session.id}/edit`} className="button button--primary">
            <Icon name="edit" />
            {t('detail.edit')}
          </Link>
          <CalendarButton id={session.id} />
          <LogCafeButton detail={detail} />
          <Link href={`/exchange/export/${session.id}`} className="button button--secondary">
            <Icon name="upload" />
            {t('detail.export')}
          </Link>
          <DeleteSessionButton id={session.id} title={session.title} />
        </div>
      </header>

      <div className="session__columns">
        <div className="session__main">
          <Section id="session-about" title={t('detail.about')}>
            {session.description.trim() ? <Markdown text={session.description} /> : <p className="muted">{t('detail.noDescription')}</p>}
            {session.preparation.trim() && (
              <div className="session__preparation">
                <h3 className="session__subheading">{t('detail.preparation')}</h3>
                <Markdown text={session.preparation} />
              </div>
            )}
          </Section>
          <ProgrammeEditor detail={detail} people={people} onSaved={reload} />
          <ReportPanel detail={detail} people={people} />
          <RelatedActivities id={detail.session.id} headingId="session-activities" />
          <PresenterBadges detail={detail} people={people} />
        </div>
        <div className="session__side">
          <AttendeesPanel detail={detail} />
        </div>
      </div>
    </article>
  );
}

/** One netwerkcafé: details, programme, attendees, and afterwards its report and actions. */
export function SessionPage() {
  const { t } = useTranslation('sessions');
  const { id = '' } = useParams<{ id: string }>();
  const detail = useResource(`session:${id}`, () => call('sessions:get', { id }));
  usePageTitle(detail.data?.session.title ?? t('detail.loading'));
  return (
    <RecordPage
      backHref="/sessions"
      resource={detail}
      notice={<RecordNotices recordId={id} />}
      texts={{
        back: t('detail.backToList'),
        notFoundTitle: t('detail.notFoundTitle'),
        notFoundText: t('detail.notFoundText'),
        errorTitle: t('detail.errorTitle'),
        loadingTitle: t('detail.loading'),
        loading: t('detail.loading'),
      }}
    >
      {(data) => <Session detail={data} reload={detail.reload} />}
    </RecordPage>
  );
}
