import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { HELPER_REASON_KINDS, type HelperReason } from '../../../../shared/contract';
import { Avatar } from '../../components/Avatar';
import { ErrorNotice, Loading } from '../../components/Status';
import { call } from '../../lib/call';
import { useResource } from '../../lib/useResource';

const KIND_ORDER = HELPER_REASON_KINDS;
const PAGE = 5;
/** The most the app gives (the contract's limit). */
const MOST = 20;

/** One kind of reason with all its matches: tags as chips, results and questions as links. */
function ReasonGroup({ kind, reasons }: { kind: HelperReason['kind']; reasons: HelperReason[] }) {
  const { t } = useTranslation('questions');
  // Results and questions have a page here; tags (and café sessions, shown by name) do not.
  const target = (reason: HelperReason) => (kind === 'research' ? `/research/${reason.refId}` : kind === 'answer' ? `/questions/${reason.refId}` : null);
  return (
    <li className="helper__reason">
      <span className="helper__why">{t(`helpers.reasons.${kind}`)}</span>{' '}
      {reasons.map((reason, i) => {
        const href = target(reason);
        const key = reason.refId ?? reason.label;
        if (!reason.refId) {
          return (
            <span key={key} className="chip">
              {reason.label}
            </span>
          );
        }
        return (
          <span key={key} className="helper__ref">
            {href ? <Link href={href}>{reason.label}</Link> : reason.label}
            {i < reasons.length - 1 && '; '}
          </span>
        );
      })}
    </li>
  );
}

/**
 * "Wie kan helpen?": colleagues whose expertise, offers, research or earlier
 * answers match this question, each with what matched — no black box.
 */
export function HelpersPanel({ questionId }: { questionId: string }) {
  const { t } = useTranslation('questions');
  const [shown, setShown] = useState(PAGE);
  // One more than shown is asked for: whether it comes back says if "meer" has anything to show.
  const helpers = useResource(`helpers:${questionId}:${shown}`, () => call('questions:helpers', { id: questionId, limit: Math.min(shown + 1, MOST) }), {
    keepWithin: `helpers:${questionId}`,
  });
  const list = helpers.data?.slice(0, shown);
  const hasMore = (helpers.data?.length ?? 0) > shown;
  return (
    <section className="card helpers" aria-labelledby="helpers-title">
      <h2 id="helpers-title">{t('helpers.title')}</h2>
      <p className="field__hint">{t('helpers.hint')}</p>
      {helpers.error && <ErrorNotice error={helpers.error} onRetry={helpers.reload} />}
      {!helpers.data && !helpers.error && <Loading label={t('helpers.loading')} />}
      {helpers.data?.length === 0 && <p className="muted">{t('helpers.none')}</p>}
      {list && list.length > 0 && (
        <ul className="helpers__list">
          {list.map((helper) => (
            <li key={helper.member.id} className="helper">
              <Avatar name={helper.member.name} seed={helper.member.id} />
              <div className="helper__body">
                <Link href={`/members/${helper.member.id}`} className="helper__name">
                  {helper.member.name}
                </Link>
                <span className="helper__place">{helper.member.institution}</span>
                <ul className="helper__reasons" aria-label={t('helpers.why', { name: helper.member.name })}>
                  {KIND_ORDER.filter((kind) => helper.reasons.some((r) => r.kind === kind)).map((kind) => (
                    <ReasonGroup key={kind} kind={kind} reasons={helper.reasons.filter((r) => r.kind === kind)} />
                  ))}
                </ul>
              </div>
            </li>
          ))}
        </ul>
      )}
      {hasMore && (
        <button type="button" className="button button--secondary helpers__more" disabled={helpers.loading} aria-busy={helpers.loading} onClick={() => setShown(Math.min(shown + PAGE, MOST))}>
          {t('helpers.more')}
        </button>
      )}
    </section>
  );
}
