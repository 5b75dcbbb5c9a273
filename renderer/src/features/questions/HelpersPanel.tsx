import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { HelperReason } from '../../../../shared/contract';
import { Avatar } from '../../components/Avatar';
import { ErrorNotice, Loading } from '../../components/Status';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';

function Reason({ reason }: { reason: HelperReason }) {
  const { t } = useTranslation('questions');
  // Results and questions have a page here; tags (and café sessions, shown by name) do not.
  const target = reason.kind === 'research' ? `/research/${reason.refId}` : reason.kind === 'answer' ? `/questions/${reason.refId}` : null;
  return (
    <li className={`helper__reason helper__reason--${reason.kind}`}>
      <span className="helper__why">{t(`helpers.reasons.${reason.kind}`)}</span>{' '}
      {target ? <Link href={target}>{reason.label}</Link> : reason.refId ? <span>{reason.label}</span> : <span className="chip">{reason.label}</span>}
    </li>
  );
}

/**
 * "Wie kan helpen?": colleagues whose expertise, offers, research or earlier
 * answers match this question, each with what matched — no black box.
 */
export function HelpersPanel({ questionId }: { questionId: string }) {
  const { t } = useTranslation('questions');
  const helpers = useResource(`helpers:${questionId}`, () => call('questions:helpers', { id: questionId }));
  return (
    <section className="card helpers" aria-labelledby="helpers-title">
      <h2 id="helpers-title">{t('helpers.title')}</h2>
      <p className="field__hint">{t('helpers.hint')}</p>
      {helpers.error && <ErrorNotice error={helpers.error} onRetry={helpers.reload} />}
      {!helpers.data && !helpers.error && <Loading label={t('helpers.loading')} />}
      {helpers.data?.length === 0 && <p className="muted">{t('helpers.none')}</p>}
      {helpers.data && helpers.data.length > 0 && (
        <ul className="helpers__list">
          {helpers.data.map((helper) => (
            <li key={helper.member.id} className="helper">
              <Avatar name={helper.member.name} seed={helper.member.id} />
              <div className="helper__body">
                <Link href={`/members/${helper.member.id}`} className="helper__name">
                  {helper.member.name}
                </Link>
                <span className="helper__place">{helper.member.institution}</span>
                <ul className="helper__reasons" aria-label={t('helpers.why', { name: helper.member.name })}>
                  {helper.reasons.map((reason) => (
                    <Reason key={`${reason.kind}:${reason.refId ?? reason.label}`} reason={reason} />
                  ))}
                </ul>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
