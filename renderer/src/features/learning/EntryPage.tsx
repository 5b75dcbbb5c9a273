import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { LEARNER_QUESTIONS, type LearningEntry } from '../../../../shared/domain';
import { useNotify } from '../../app/notices';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Loading } from '../../components/Status';
import { formatDate } from '../../i18n/format';
import { call } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { useKindLabel } from './kinds';

const LINK_PATHS = [
  ['sessionId', 'session', '/sessions/'],
  ['goalId', 'goal', '/pop#goal-'],
  ['researchId', 'research', '/research/'],
  ['questionId', 'question', '/questions/'],
  ['activityId', 'activity', '/activities/'],
] as const;

/** One leerlog entry: mine (with edit and delete) or a colleague's that was shared with the network. */
export function EntryPage() {
  const { t } = useTranslation('learning');
  const { id } = useParams<{ id: string }>();
  const detail = useResource(`learning-entry:${id}`, () => call('learning:get', { id }));
  usePageTitle(detail.data?.entry.title ?? t('entry.kicker'));
  return (
    <div className="page page--narrow">
      <Link href="/learning" className="back-link">
        <Icon name="back" />
        {t('entry.back')}
      </Link>
      {detail.error && <ErrorNotice error={detail.error} onRetry={detail.reload} />}
      {!detail.data && !detail.error && <Loading label={t('entry.loading')} />}
      {detail.data && <Entry entry={detail.data.entry} mine={detail.data.mine} titles={detail.data.titles} />}
    </div>
  );
}

function Entry({ entry, mine, titles }: { entry: LearningEntry; mine: boolean; titles: Record<string, string> }) {
  const { t, i18n } = useTranslation('learning');
  const kindLabel = useKindLabel();
  const [, navigate] = useLocation();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const answered = LEARNER_QUESTIONS.filter((q) => entry.answers[q].trim() !== '');
  const links = LINK_PATHS.filter(([key]) => entry.links[key] && titles[entry.links[key]!]);
  return (
    <article className="learning-entry">
      <p className="learning-entry__kicker">
        {t('entry.kicker')} · {formatDate(entry.date, i18n.language)}
        <span className={`badge badge--visibility badge--${entry.visibility}`}>{t(`visibilityShort.${entry.visibility}`)}</span>
      </p>
      <h1>{entry.title}</h1>
      <p className="learning-kind">{kindLabel(entry.kind)}</p>
      {mine && (
        <div className="learning-entry__actions">
          <Link href={`/learning/${entry.id}/edit`} className="button button--secondary">
            <Icon name="edit" />
            {t('entry.edit')}
          </Link>
          <button type="button" className="button button--danger-quiet" onClick={() => setAsking(true)}>
            <Icon name="trash" />
            {t('entry.delete')}
          </button>
        </div>
      )}
      <dl className="facts facts--stacked">
        {entry.happened && (
          <>
            <dt>{t('entry.happened')}</dt>
            <dd className="learning-entry__text">{entry.happened}</dd>
          </>
        )}
        {entry.withWhom && (
          <>
            <dt>{t('entry.withWhom')}</dt>
            <dd>{entry.withWhom}</dd>
          </>
        )}
        {links.map(([key, label, path]) => (
          <div key={key} className="learning-entry__link">
            <dt>{t(`entry.${label}`)}</dt>
            <dd>
              <Link href={`${path}${entry.links[key]}`}>{titles[entry.links[key]!]}</Link>
            </dd>
          </div>
        ))}
      </dl>
      <h2>{t('entry.answers')}</h2>
      {answered.length === 0 && <p className="muted">{t('entry.noAnswers')}</p>}
      {answered.map((q) => (
        <section key={q} className="learning-answer" aria-labelledby={`answer-${q}`}>
          <h3 id={`answer-${q}`}>{t(`questions.${q}.label`)}</h3>
          <p className="learning-entry__text">{entry.answers[q]}</p>
        </section>
      ))}
      <ConfirmDialog
        open={asking}
        title={t('entry.deleteTitle', { title: entry.title })}
        confirmLabel={t('entry.deleteConfirm')}
        busyLabel={t('entry.deleteBusy')}
        onConfirm={async () => {
          await call('learning:delete', { id: entry.id });
          navigate('/learning', { replace: true });
          notify(t('entry.deleted'), '/learning');
        }}
        onClose={() => setAsking(false)}
      >
        <p>{t('entry.deleteBody')}</p>
      </ConfirmDialog>
    </article>
  );
}
